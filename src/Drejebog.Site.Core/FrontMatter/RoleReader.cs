using Drejebog.Site.Content;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads a role's front matter (see docs/content-format.md).</summary>
public static class RoleReader
{
    public const string Owner = "en rolle";

    public static Role? Read(YamlMappingReader reader)
    {
        var id = reader.Id("id", required: true);
        var title = reader.Text("title", required: true);
        var order = reader.WholeNumber("order", required: true, minimum: 1);
        var summary = reader.Text("summary", required: true);
        var reportsTo = reader.Id("reports_to", required: false);
        var memberOf = reader.Id("member_of", required: false);
        var supports = reader.Id("supports", required: false);
        var experience = reader.Text("experience", required: false);
        var status = reader.Status();
        reader.Complete();

        if (reader.HasErrors || id is null || title is null || order is null || summary is null)
        {
            return null;
        }
        return new Role(id.Id, id.Position, title, order.Value.Value, summary, reportsTo, experience, status) { MemberOf = memberOf, Supports = supports };
    }
}
