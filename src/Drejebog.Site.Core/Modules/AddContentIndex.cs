using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
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

    // Danish letters stay readable in the file; it is data for our own script, never inserted as HTML.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        var index = new
        {
            schema = Schema,
            site = site.Id,
            phases = graph.Phases.Select(p => new
            {
                id = p.Id,
                number = p.Number,
                title = p.Title,
                url = p.Url,
                starts = p.Starts?.Iso,
                ends = p.Ends.Iso,
                ends_text = p.Ends.Text,
                milestones = graph.MilestonesByPhase[p.Id].Select(m => m.Id),
            }),
            roles = graph.Roles.Select(r => new { id = r.Id, title = r.Title, url = r.Url }),
            kinds = ResponsibilityKind.All.Select(k => new { id = k.Id, label = k.Label, url = k.ExplanationUrl }),
            milestones = graph.Milestones.Select(m => new
            {
                id = m.Id,
                number = graph.MilestoneNumber(m),
                title = m.Title,
                url = m.Url,
                phase = m.Phase.Id,
                // None when the milestone's phase failed to read (the build reports that and writes nothing).
                target = targets.TryGetValue(m.Id, out var target) ? target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                deliverables = m.Deliverables.Select(d => d.Id),
                roles = m.Responsibilities.GroupBy(r => r.RoleId).ToDictionary(g => g.Key, g => g.Select(r => r.Kind.Id).Distinct()),
            }),
            // What each deliverable says, for the shared status (/del/), which lists ticks by their
            // current wording. Ids are unique on a site that builds (DS024); a duplicate, already reported, keeps its first text.
            deliverable_texts = graph.Milestones.SelectMany(m => m.Deliverables).DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal),
        };
        products.Add(SiteProducts.GeneratedFiles, [new StaticFile(OutputPath, null, JsonSerializer.SerializeToUtf8Bytes(index, JsonOptions))]);
        return documents;
    }
}
