namespace Drejebog.Site.Content;

/// <summary>Where a role's front matter puts it in the organisation chart: which role, and how.</summary>
public sealed record ChartPlacement(ChartRelation Relation, Reference Parent)
{
    /// <summary>
    /// Every placement the role's front matter gives, in the order <c>reports_to</c>,
    /// <c>member_of</c>, <c>supports</c>. A valid role has at most one.
    /// </summary>
    public static IEnumerable<ChartPlacement> All(Role role)
    {
        if (role.ReportsTo is { } boss)
        {
            yield return new(ChartRelation.ReportsTo, boss);
        }
        if (role.MemberOf is { } group)
        {
            yield return new(ChartRelation.MemberOf, group);
        }
        if (role.Supports is { } supported)
        {
            yield return new(ChartRelation.Supports, supported);
        }
    }

    /// <summary>The role's place in the chart; <c>null</c> for a role that names no other role.</summary>
    public static ChartPlacement? Of(Role role) => All(role).FirstOrDefault();

    /// <summary>The roles a role's chart fields name, for checking that they exist.</summary>
    public static IEnumerable<Reference> References(Role role) => All(role).Select(p => p.Parent);

    /// <summary>The front-matter key that gives this relation.</summary>
    public static string KeyOf(ChartRelation relation) => relation switch
    {
        ChartRelation.ReportsTo => "reports_to",
        ChartRelation.MemberOf => "member_of",
        ChartRelation.Supports => "supports",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };
}
