namespace Drejebog.Site.Content;

/// <summary>
/// The playbook as a graph: phases, milestones, roles and the links between them. Built once
/// per build so that per-page work never has to search the whole site.
/// </summary>
public sealed class ContentGraph
{
    public required IReadOnlyList<Phase> Phases { get; init; }

    /// <summary>All milestones in reading order: by phase number, then order.</summary>
    public required IReadOnlyList<Milestone> Milestones { get; init; }

    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>The glossary's terms A–Å (Danish order: æ, ø and å last).</summary>
    public IReadOnlyList<Term> Terms { get; init; } = [];

    public IReadOnlyDictionary<string, Term> TermsById { get; init; } = new Dictionary<string, Term>();

    public required IReadOnlyDictionary<string, Phase> PhasesById { get; init; }

    public required IReadOnlyDictionary<string, Milestone> MilestonesById { get; init; }

    public required IReadOnlyDictionary<string, Role> RolesById { get; init; }

    /// <summary>Milestones of each phase, in order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Milestone>> MilestonesByPhase { get; init; }

    /// <summary>For each milestone id, the milestones that list it in <c>depends_on</c>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Milestone>> RequiredBy { get; init; }

    /// <summary>For each role id, its duties in reading order: one per milestone the role has a part in.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Duty>> DutiesByRole { get; init; }

    /// <summary>For each milestone id, one duty per role involved, in the order the roles are first named.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Duty>> DutiesByMilestone { get; init; }

    /// <summary>Where each milestone's source file is, for diagnostics that point at it.</summary>
    public required IReadOnlyDictionary<string, string> MilestonePaths { get; init; }

    /// <summary>Pages whose files have errors of their own; references to them are not reported again as unknown.</summary>
    public BrokenPages Broken { get; init; } = BrokenPages.None;

    /// <summary>Each phase's, milestone's and role's place in the playbook's reading order, by URL.</summary>
    public Dictionary<string, int> ReadingOrder() =>
        Phases.Select(p => p.Url).Concat(Milestones.Select(m => m.Url)).Concat(Roles.Select(r => r.Url))
            .Select((url, index) => (url, index))
            .ToDictionary(p => p.url, p => p.index, StringComparer.Ordinal);

    public string MilestoneNumber(Milestone milestone) =>
        PhasesById.TryGetValue(milestone.Phase.Id, out var phase)
            ? $"{phase.Number}.{milestone.Order}"
            : milestone.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
