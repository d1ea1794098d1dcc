namespace Drejebog.Site.Content;

/// <summary>One role's box in the organisation chart, with the boxes inside it and below it.</summary>
/// <param name="Role">The role in the box.</param>
/// <param name="Relation">How the box hangs on its parent.</param>
/// <param name="Members">Roles with <c>member_of</c> this role, drawn inside its box.</param>
/// <param name="Children">Roles that report to or support this role, drawn below it; reporting roles first.</param>
public sealed record ChartNode(Role Role, ChartRelation Relation, IReadOnlyList<ChartNode> Members, IReadOnlyList<ChartNode> Children);
