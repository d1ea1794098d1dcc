using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Indexes phases, milestones and roles, reports duplicate ids and resolves every reference
/// between them. The result is <see cref="SiteProducts.Graph"/>.
/// </summary>
public sealed class BuildContentGraph : IModule
{
    /// <summary>How the glossary is sorted: Danish, so Ø comes after Z.</summary>
    public static readonly StringComparer DanishOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), System.Globalization.CompareOptions.IgnoreCase);

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var diagnostics = context.Diagnostics;
        var phases = Index<Phase>(documents, "fasen", diagnostics);
        var roles = Index<Role>(documents, "rollen", diagnostics);
        var milestones = Index<Milestone>(documents, "milepælen", diagnostics);
        var terms = Index<Term>(documents, "begrebet", diagnostics).Values.Select(t => t.Item)
            .OrderBy(t => t.Title, DanishOrder).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var paths = milestones.ToDictionary(p => p.Key, p => p.Value.Path, StringComparer.Ordinal);

        CheckPhaseNumbers(phases.Values, diagnostics);
        var broken = BrokenPages.From(documents);
        CheckReferences(milestones.Values, phases, roles, broken, diagnostics);

        var orderedPhases = phases.Values.Select(p => p.Item).OrderBy(p => p.Number).ToList();
        var phaseNumber = orderedPhases.ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        var orderedMilestones = milestones.Values.Select(m => m.Item)
            .OrderBy(m => phaseNumber.GetValueOrDefault(m.Phase.Id, int.MaxValue))
            .ThenBy(m => m.Order)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var orderedRoles = roles.Values.Select(r => r.Item).OrderBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();

        var dutiesByMilestone = orderedMilestones.ToDictionary(
            m => m.Id, m => Duty.Of(m, roles.ContainsKey), StringComparer.Ordinal);
        var dutiesByRole = DutiesByRole(orderedMilestones, orderedRoles, dutiesByMilestone);

        products.Set(SiteProducts.Graph, new ContentGraph
        {
            Phases = orderedPhases,
            Milestones = orderedMilestones,
            Roles = orderedRoles,
            PhasesById = orderedPhases.ToDictionary(p => p.Id, StringComparer.Ordinal),
            MilestonesById = orderedMilestones.ToDictionary(m => m.Id, StringComparer.Ordinal),
            RolesById = orderedRoles.ToDictionary(r => r.Id, StringComparer.Ordinal),
            MilestonesByPhase = orderedPhases.ToDictionary(
                p => p.Id,
                p => (IReadOnlyList<Milestone>)[.. orderedMilestones.Where(m => m.Phase.Id == p.Id)],
                StringComparer.Ordinal),
            RequiredBy = RequiredBy(orderedMilestones),
            DutiesByRole = dutiesByRole,
            DutiesByMilestone = dutiesByMilestone,
            MilestonePaths = paths,
            Terms = terms,
            TermsById = terms.ToDictionary(t => t.Id, StringComparer.Ordinal),
            Broken = broken,
        });
        return documents;
    }

    private static Dictionary<string, (T Item, string Path)> Index<T>(IReadOnlyList<Document> documents, string noun, DiagnosticBag diagnostics)
        where T : IContentItem
    {
        var index = new Dictionary<string, (T Item, string Path)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Failed || document.Model is not T item)
            {
                continue;
            }
            if (index.TryGetValue(item.Id, out var existing))
            {
                diagnostics.Error(document.DisplayPath, item.IdPosition, ErrorCodes.DuplicateId, item.Id, $"{noun} i {existing.Path}");
                continue;
            }
            index.Add(item.Id, (item, document.DisplayPath));
        }
        return index;
    }

    private static void CheckPhaseNumbers(IEnumerable<(Phase Item, string Path)> phases, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<int, string>();
        foreach (var (phase, path) in phases)
        {
            if (!seen.TryAdd(phase.Number, path))
            {
                diagnostics.Error(path, phase.IdPosition, ErrorCodes.DuplicatePhaseNumber, phase.Number, seen[phase.Number]);
            }
        }
    }

    private static void CheckReferences(
        IEnumerable<(Milestone Item, string Path)> milestones,
        Dictionary<string, (Phase Item, string Path)> phases,
        Dictionary<string, (Role Item, string Path)> roles,
        BrokenPages broken,
        DiagnosticBag diagnostics)
    {
        foreach (var (milestone, path) in milestones)
        {
            if (!phases.ContainsKey(milestone.Phase.Id) && !broken.Contains(ContentKinds.Phase.UrlOf(milestone.Phase.Id)))
            {
                ReportUnknown(path, milestone.Phase, phases.Keys, ErrorCodes.UnknownPhase, ErrorCodes.DidYouMean.UnknownPhase, diagnostics);
            }
            foreach (var responsibility in milestone.Responsibilities)
            {
                if (!roles.ContainsKey(responsibility.RoleId) && !broken.Contains(ContentKinds.Role.UrlOf(responsibility.RoleId)))
                {
                    ReportUnknownRole(path, new Reference(responsibility.RoleId, responsibility.RolePosition), roles.Keys, diagnostics);
                }
            }
        }
        foreach (var (role, path) in roles.Values)
        {
            foreach (var other in ChartPlacement.References(role))
            {
                if (!roles.ContainsKey(other.Id) && !broken.Contains(ContentKinds.Role.UrlOf(other.Id)))
                {
                    ReportUnknownRole(path, other, roles.Keys, diagnostics);
                }
            }
        }
    }

    private static void ReportUnknownRole(string path, Reference reference, IEnumerable<string> known, DiagnosticBag diagnostics) =>
        ReportUnknown(path, reference, known, ErrorCodes.UnknownRole, ErrorCodes.DidYouMean.UnknownRole, diagnostics);

    /// <summary>An unknown id: "Mente du …?" with the nearest known one, or else the list of all known ones.</summary>
    private static void ReportUnknown(string path, Reference reference, IEnumerable<string> known, ErrorCode listing, ErrorCode suggesting, DiagnosticBag diagnostics)
    {
        if (NearMatch.Find(reference.Id, known) is { } near)
        {
            diagnostics.Error(path, reference.Position, suggesting, reference.Id, near);
        }
        else
        {
            diagnostics.Error(path, reference.Position, listing, reference.Id, KnownNames.List(known));
        }
    }

    private static Dictionary<string, IReadOnlyList<Milestone>> RequiredBy(IReadOnlyList<Milestone> milestones)
    {
        var requiredBy = milestones.ToDictionary(m => m.Id, _ => new List<Milestone>(), StringComparer.Ordinal);
        foreach (var milestone in milestones)
        {
            foreach (var dependency in milestone.DependsOn.Select(d => d.Id).Distinct(StringComparer.Ordinal))
            {
                if (requiredBy.TryGetValue(dependency, out var list))
                {
                    list.Add(milestone);
                }
            }
        }
        return requiredBy.ToDictionary(p => p.Key, p => (IReadOnlyList<Milestone>)p.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, IReadOnlyList<Duty>> DutiesByRole(IReadOnlyList<Milestone> milestones, IReadOnlyList<Role> roles,
        Dictionary<string, IReadOnlyList<Duty>> dutiesByMilestone)
    {
        var duties = roles.ToDictionary(r => r.Id, _ => new List<Duty>(), StringComparer.Ordinal);
        foreach (var duty in milestones.SelectMany(m => dutiesByMilestone[m.Id]))
        {
            duties[duty.RoleId].Add(duty);
        }
        return duties.ToDictionary(p => p.Key, p => (IReadOnlyList<Duty>)p.Value, StringComparer.Ordinal);
    }
}
