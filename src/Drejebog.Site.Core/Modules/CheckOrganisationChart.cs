using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Checks that the roles' <c>reports_to</c>, <c>member_of</c> and <c>supports</c> draw one
/// organisation chart: one place per role, no cycle, and one role at the top, so every role is
/// in the chart (<see cref="OrganisationChart"/>). Unknown roles they name are DS021, reported
/// with the other references (<see cref="BuildContentGraph"/>).
/// </summary>
public sealed class CheckOrganisationChart : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var graph = products.Get(SiteProducts.Graph);
        var paths = documents
            .Where(d => !d.Failed && d.Model is Role role && graph.RolesById.TryGetValue(role.Id, out var known) && ReferenceEquals(known, role))
            .ToDictionary(d => ((Role)d.Model!).Id, d => d.DisplayPath, StringComparer.Ordinal);
        var diagnostics = context.Diagnostics;
        CheckOnePlacement(graph, paths, diagnostics);
        CheckCycles(graph, paths, diagnostics);
        CheckOneTop(graph, paths, diagnostics);
        return documents;
    }

    private static void CheckOnePlacement(ContentGraph graph, Dictionary<string, string> paths, DiagnosticBag diagnostics)
    {
        foreach (var role in graph.Roles)
        {
            var placements = ChartPlacement.All(role).ToList();
            foreach (var extra in placements.Skip(1))
            {
                diagnostics.Error(paths[role.Id], extra.Parent.Position, ErrorCodes.TwoChartPlacements,
                    ChartPlacement.KeyOf(placements[0].Relation), ChartPlacement.KeyOf(extra.Relation));
            }
        }
    }

    // Each role has at most one parent, so following parents from any role either ends or
    // comes back to a role already on the way: that stretch is the cycle. It is reported once,
    // at the first of its roles in reading order, at the value that names the next one.
    private static void CheckCycles(ContentGraph graph, Dictionary<string, string> paths, DiagnosticBag diagnostics)
    {
        var rank = graph.Roles.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Roles)
        {
            var way = new List<Role>();
            var role = start;
            while (role is not null && !done.Contains(role.Id) && !way.Contains(role))
            {
                way.Add(role);
                role = ChartPlacement.Of(role) is { } placement ? graph.RolesById.GetValueOrDefault(placement.Parent.Id) : null;
            }
            if (role is not null && way.IndexOf(role) is var at and >= 0)
            {
                var cycle = way[at..];
                var first = cycle.MinBy(r => rank[r.Id])!;
                var from = cycle.IndexOf(first);
                var names = cycle[from..].Concat(cycle[..from]).Append(first).Select(r => r.Id);
                diagnostics.Error(paths[first.Id], ChartPlacement.Of(first)!.Parent.Position, ErrorCodes.ChartCycle, string.Join(" → ", names));
            }
            done.UnionWith(way.Select(r => r.Id));
        }
    }

    private static void CheckOneTop(ContentGraph graph, Dictionary<string, string> paths, DiagnosticBag diagnostics)
    {
        var top = OrganisationChart.Top(graph.Roles);
        foreach (var role in graph.Roles.Where(r => r != top && ChartPlacement.Of(r) is null))
        {
            diagnostics.Error(paths[role.Id], role.IdPosition, ErrorCodes.RoleNotInChart, role.Id, top!.Id, paths[top.Id]);
        }
    }
}
