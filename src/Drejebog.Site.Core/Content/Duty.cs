namespace Drejebog.Site.Content;

/// <summary>
/// One role's part in one milestone: every kind of responsibility the milestone gives the role,
/// as one entry. Pages, search filters and progress all use it, so a role appears once per
/// milestone however many kinds it holds there.
/// </summary>
public sealed record Duty(Milestone Milestone, string RoleId, IReadOnlyList<Responsibility> Responsibilities)
{
    /// <summary>The kinds, in the vocabulary's order (<see cref="ResponsibilityKind.All"/>), each once.</summary>
    public IReadOnlyList<ResponsibilityKind> Kinds { get; } =
        [.. ResponsibilityKind.All.Where(kind => Responsibilities.Any(r => r.Kind == kind))];

    /// <summary>The kinds as Danish text: "Ansvarlig", "Ansvarlig og udfører", "Ansvarlig, udfører og godkender".</summary>
    public string KindsLabel => ResponsibilityKind.Join(Kinds);

    /// <summary>
    /// Every role's duty in each milestone, in the milestone's order of first mention; roles not in
    /// <paramref name="knownRoles"/> (an error reported elsewhere) are left out.
    /// </summary>
    public static IReadOnlyList<Duty> Of(Milestone milestone, Func<string, bool> knownRoles) =>
    [
        .. milestone.Responsibilities
            .Where(r => knownRoles(r.RoleId))
            .GroupBy(r => r.RoleId, StringComparer.Ordinal)
            .Select(g => new Duty(milestone, g.Key, [.. g])),
    ];
}
