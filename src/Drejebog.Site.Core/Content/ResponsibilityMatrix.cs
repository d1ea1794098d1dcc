namespace Drejebog.Site.Content;

/// <summary>
/// The playbook's figure 4: a row per milestone (grouped by phase) and a column per role, each cell
/// the role's <see cref="Duty"/> there or nothing. Built once from the graph, so the page, the CSV
/// and the JSON show the same facts.
/// </summary>
public sealed class ResponsibilityMatrix
{
    private ResponsibilityMatrix(IReadOnlyList<Role> roles, IReadOnlyList<MatrixPhase> phases)
    {
        Roles = roles;
        Phases = phases;
    }

    /// <summary>The columns, in the roles' order.</summary>
    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<MatrixPhase> Phases { get; }

    public IEnumerable<MatrixRow> Rows => Phases.SelectMany(p => p.Rows);

    public static ResponsibilityMatrix From(ContentGraph graph) => new(
        graph.Roles,
        [
            .. graph.Phases.Select(phase => new MatrixPhase(phase,
            [
                .. graph.MilestonesByPhase[phase.Id].Select(milestone =>
                {
                    var duties = graph.DutiesByMilestone[milestone.Id].ToDictionary(d => d.RoleId, StringComparer.Ordinal);
                    return new MatrixRow(milestone, graph.MilestoneNumber(milestone), [.. graph.Roles.Select(r => duties.GetValueOrDefault(r.Id))]);
                }),
            ])),
        ]);
}

/// <summary>A phase's rows of the matrix.</summary>
public sealed record MatrixPhase(Phase Phase, IReadOnlyList<MatrixRow> Rows);

/// <summary>One milestone's row: a cell per role of <see cref="ResponsibilityMatrix.Roles"/>, null where the role has no part.</summary>
public sealed record MatrixRow(Milestone Milestone, string Number, IReadOnlyList<Duty?> Cells)
{
    public bool IsDraft => Milestone.Status == ContentStatus.Draft;
}
