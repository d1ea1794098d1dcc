using System.Globalization;
using System.Text.Json.Nodes;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Json;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Writes <c>/data/drejebog.json</c>: phases, roles, milestones and their deliverable ids, which
/// the browser needs to count progress per phase and role and to recognise saved progress for
/// deliverables that no longer exist, the phase dates and each milestone's default target
/// (<see cref="MilestoneSchedule"/>), which the team's plan starts from, and the labels of <see cref="ResponsibilityKind"/> (and where each is explained) that the
/// role view shows. One file for the whole site, so pages stay small.
/// </summary>
public sealed class AddContentIndex : IModule
{
    public const string OutputPath = "data/drejebog.json";
    public const int Schema = 1;

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings, SiteProducts.Graph];

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (products.Get(SiteProducts.Settings) is not { } site)
        {
            return documents;
        }
        var graph = products.Get(SiteProducts.Graph);
        var targets = MilestoneSchedule.Targets(graph);
        var index = new JsonObject
        {
            ["schema"] = Schema,
            ["site"] = site.Id,
            ["phases"] = JsonData.Array(graph.Phases, p => new JsonObject
            {
                ["id"] = p.Id,
                ["number"] = p.Number,
                ["title"] = p.Title,
                ["url"] = p.Url,
                ["starts"] = p.Starts?.Iso,
                ["ends"] = p.Ends.Iso,
                ["ends_text"] = p.Ends.Text,
                ["milestones"] = JsonData.Strings(graph.MilestonesByPhase[p.Id].Select(m => m.Id)),
            }),
            ["roles"] = JsonData.Array(graph.Roles, r => new JsonObject { ["id"] = r.Id, ["title"] = r.Title, ["url"] = r.Url }),
            ["kinds"] = JsonData.Array(ResponsibilityKind.All, k => new JsonObject { ["id"] = k.Id, ["label"] = k.Label, ["url"] = k.ExplanationUrl }),
            ["milestones"] = JsonData.Array(graph.Milestones, m => new JsonObject
            {
                ["id"] = m.Id,
                ["number"] = graph.MilestoneNumber(m),
                ["title"] = m.Title,
                ["url"] = m.Url,
                ["phase"] = m.Phase.Id,
                // None when the milestone's phase failed to read (the build reports that and writes nothing).
                ["target"] = targets.TryGetValue(m.Id, out var target) ? target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                ["deliverables"] = JsonData.Strings(m.Deliverables.Select(d => d.Id)),
                ["roles"] = JsonData.Members(m.Responsibilities.GroupBy(r => r.RoleId), g => g.Key, g => JsonData.Strings(g.Select(r => r.Kind.Id).Distinct())),
            }),
            // What each deliverable says, for the shared status (/del/), which lists ticks by their
            // current wording. Ids are unique on a site that builds (DS024); a duplicate, already reported, keeps its first text.
            ["deliverable_texts"] = JsonData.Members(graph.Milestones.SelectMany(m => m.Deliverables).DistinctBy(d => d.Id), d => d.Id, d => d.Text),
        };
        products.Add(SiteProducts.GeneratedFiles, [new StaticFile(OutputPath, null, JsonData.ToUtf8(index))]);
        return documents;
    }
}
