using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads a milestone's front matter (see docs/content-format.md).</summary>
public static class MilestoneReader
{
    public const string Owner = "en milepæl";

    public static Milestone? Read(YamlMappingReader reader)
    {
        var id = reader.Id("id", required: true);
        var title = reader.Text("title", required: true);
        var phase = reader.Id("phase", required: true);
        var order = reader.WholeNumber("order", required: true, minimum: 1);
        var summary = reader.Text("summary", required: true);
        var deliverables = ReadDeliverables(reader);
        var responsibilities = ReadResponsibilities(reader);
        var dependsOn = reader.IdList("depends_on");
        var resources = reader.Tools("resources");
        var status = reader.Status();
        reader.Complete();

        if (reader.HasErrors || id is null || title is null || phase is null || order is null || summary is null)
        {
            return null;
        }
        return new Milestone(id.Id, id.Position, title, phase, order.Value.Value, order.Value.Position, summary,
            deliverables, responsibilities, dependsOn, resources, status);
    }

    private static List<Deliverable> ReadDeliverables(YamlMappingReader reader)
    {
        var deliverables = new List<Deliverable>();
        foreach (var item in reader.MappingList("deliverables", required: true, "en leverance"))
        {
            var id = item.Id("id", required: true);
            var text = item.Text("text", required: true);
            item.Complete();
            if (id is not null && text is not null)
            {
                deliverables.Add(new Deliverable(id.Id, text, id.Position));
            }
        }
        return deliverables;
    }

    private static List<Responsibility> ReadResponsibilities(YamlMappingReader reader)
    {
        var responsibilities = new List<Responsibility>();
        foreach (var item in reader.MappingList("responsibilities", required: true, "et ansvar"))
        {
            var role = item.Id("role", required: true);
            var kindName = item.Text("kind", required: true);
            var note = item.Text("note", required: false);
            item.Complete();

            ResponsibilityKind? kind = null;
            if (kindName is not null)
            {
                kind = ResponsibilityKind.Find(kindName);
                if (kind is null)
                {
                    item.Error(KindPosition(item), ErrorCodes.UnknownKind, kindName,
                        string.Join(", ", ResponsibilityKind.All.Select(k => k.Id)));
                }
            }
            if (role is not null && kind is not null)
            {
                // A role holds each kind once per milestone; pages show its kinds as one entry.
                if (responsibilities.Find(r => r.RoleId == role.Id && r.Kind == kind) is { } first)
                {
                    item.Error(role.Position, ErrorCodes.DuplicateResponsibility, role.Id, kind.Id, first.RolePosition.Line);
                    continue;
                }
                responsibilities.Add(new Responsibility(role.Id, kind, note, role.Position));
            }
        }
        return responsibilities;
    }

    private static SourcePosition KindPosition(YamlMappingReader item) => item.ValuePosition("kind") ?? item.Position;
}
