namespace Drejebog.Site.Content;

/// <summary>
/// The programme organisation as a tree, drawn from the roles' <c>reports_to</c>,
/// <c>member_of</c> and <c>supports</c> (docs/content-format.md, "The organisation chart").
/// </summary>
public static class OrganisationChart
{
    /// <summary>The role at the top: the first role in reading order that names no other role.</summary>
    public static Role? Top(IReadOnlyList<Role> roles) => roles.FirstOrDefault(r => ChartPlacement.Of(r) is null);

    /// <summary>
    /// The tree below <see cref="Top"/>, or <c>null</c> without one. A role in a cycle, or below one,
    /// is not in it: <c>check</c> reports the cycle. Each role has one parent, so every role appears once.
    /// </summary>
    public static ChartNode? Build(IReadOnlyList<Role> roles)
    {
        var top = Top(roles);
        if (top is null)
        {
            return null;
        }
        var below = roles
            .Select(r => (Role: r, Placement: ChartPlacement.Of(r)))
            .Where(p => p.Placement is not null)
            .ToLookup(p => p.Placement!.Parent.Id, StringComparer.Ordinal);

        ChartNode Node(Role role, ChartRelation relation)
        {
            var placed = below[role.Id].ToList();
            return new ChartNode(
                role,
                relation,
                [.. placed.Where(p => p.Placement!.Relation == ChartRelation.MemberOf).Select(p => Node(p.Role, ChartRelation.MemberOf))],
                [.. placed.Where(p => p.Placement!.Relation == ChartRelation.ReportsTo).Select(p => Node(p.Role, ChartRelation.ReportsTo)),
                 .. placed.Where(p => p.Placement!.Relation == ChartRelation.Supports).Select(p => Node(p.Role, ChartRelation.Supports))]);
        }

        return Node(top, ChartRelation.Top);
    }

    /// <summary>Every role in the tree, top first, each once.</summary>
    public static IEnumerable<ChartNode> Flatten(ChartNode node) =>
        node.Members.Concat(node.Children).SelectMany(Flatten).Prepend(node);
}
