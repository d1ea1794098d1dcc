using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Checks what only the whole graph can show: unknown and circular dependencies, deliverable
/// ids used twice anywhere on the site, two milestones with the same order in a phase, and two
/// pages with the same URL.
/// </summary>
public sealed class ValidateContentGraph : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var graph = products.Get(SiteProducts.Graph);
        var diagnostics = context.Diagnostics;
        CheckDependencies(graph, diagnostics);
        CheckCycles(graph, diagnostics);
        CheckDeliverables(graph, diagnostics);
        CheckOrders(graph, diagnostics);
        // A second page at a taken URL is reported and not built: later modules key pages by URL.
        var duplicates = CheckUrls(documents, diagnostics);
        return documents.Select(d => duplicates.Contains(d) ? d with { Failed = true } : d).ToList();
    }

    private static void CheckDependencies(ContentGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var milestone in graph.Milestones)
        {
            foreach (var dependency in milestone.DependsOn.Where(d => !graph.MilestonesById.ContainsKey(d.Id) && !graph.Broken.Contains(ContentKinds.Milestone.UrlOf(d.Id))))
            {
                var path = graph.MilestonePaths[milestone.Id];
                if (NearMatch.Find(dependency.Id, graph.MilestonesById.Keys) is { } near)
                {
                    diagnostics.Error(path, dependency.Position, ErrorCodes.DidYouMean.UnknownDependency, dependency.Id, near);
                }
                else
                {
                    diagnostics.Error(path, dependency.Position, ErrorCodes.UnknownDependency, dependency.Id);
                }
            }
        }
    }

    private static void CheckCycles(ContentGraph graph, DiagnosticBag diagnostics)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        var stack = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Visit(Milestone milestone)
        {
            state[milestone.Id] = false;
            stack.Add(milestone.Id);
            foreach (var dependency in milestone.DependsOn)
            {
                if (!graph.MilestonesById.TryGetValue(dependency.Id, out var next))
                {
                    continue;
                }
                if (!state.TryGetValue(next.Id, out var done))
                {
                    Visit(next);
                }
                else if (!done)
                {
                    var cycle = stack[stack.IndexOf(next.Id)..];
                    if (reported.Add(string.Join(' ', cycle.Order(StringComparer.Ordinal))))
                    {
                        var path = string.Join(" → ", cycle.Append(next.Id));
                        diagnostics.Error(graph.MilestonePaths[milestone.Id], dependency.Position, ErrorCodes.DependencyCycle, path);
                    }
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[milestone.Id] = true;
        }

        foreach (var milestone in graph.Milestones.Where(m => !state.ContainsKey(m.Id)))
        {
            Visit(milestone);
        }
    }

    private static void CheckDeliverables(ContentGraph graph, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var milestone in graph.Milestones)
        {
            var path = graph.MilestonePaths[milestone.Id];
            foreach (var deliverable in milestone.Deliverables)
            {
                if (!seen.TryAdd(deliverable.Id, path))
                {
                    diagnostics.Error(path, deliverable.Position, ErrorCodes.DuplicateDeliverable, deliverable.Id, seen[deliverable.Id]);
                }
            }
        }
    }

    private static void CheckOrders(ContentGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var group in graph.Milestones.GroupBy(m => (m.Phase.Id, m.Order)))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(graph.MilestonePaths[duplicate.Id], duplicate.OrderPosition, ErrorCodes.DuplicateOrder,
                    duplicate.Phase.Id, duplicate.Order, graph.MilestonePaths[first.Id]);
            }
        }
    }

    private static HashSet<Document> CheckUrls(IReadOnlyList<Document> documents, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new HashSet<Document>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents.Where(d => !d.Failed))
        {
            if (seen.TryAdd(document.Url, document.DisplayPath))
            {
                continue;
            }
            duplicates.Add(document);
            // Duplicate ids (of phases, milestones, roles) are already reported as such.
            if (document.Model is not IContentItem)
            {
                diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.DuplicateUrl, document.Url, seen[document.Url]);
            }
        }
        return duplicates;
    }
}
