using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>
/// The organisation chart's part of the theme contract (docs/theme.md): <c>site.org_chart</c>,
/// a tree of boxes, and each role's <c>member_of</c> and <c>supports</c> next to its <c>reports_to</c>.
/// </summary>
internal static class OrganisationChartModels
{
    public static void Add(ContentGraph graph, Dictionary<string, object?> site, Dictionary<string, Dictionary<string, object?>> roles)
    {
        foreach (var role in graph.Roles)
        {
            roles[role.Id]["member_of"] = RoleOrMissing(role.MemberOf, roles);
            roles[role.Id]["supports"] = RoleOrMissing(role.Supports, roles);
        }
        site["org_chart"] = OrganisationChart.Build(graph.Roles) is { } top ? Node(top, null, roles) : ViewModels.Missing;
    }

    private static object RoleOrMissing(Reference? reference, Dictionary<string, Dictionary<string, object?>> roles) =>
        (reference is null ? null : roles.GetValueOrDefault(reference.Id)) ?? (object)ViewModels.Missing;

    private static Dictionary<string, object?> Node(ChartNode node, Dictionary<string, object?>? parent, Dictionary<string, Dictionary<string, object?>> roles)
    {
        var role = roles[node.Role.Id];
        return new()
        {
            ["role"] = role,
            ["relation"] = Relation(node.Relation),
            ["parent"] = parent ?? (object)ViewModels.Missing,
            ["members"] = node.Members.Select(m => Node(m, role, roles)).ToList(),
            ["children"] = node.Children.Select(c => Node(c, role, roles)).ToList(),
        };
    }

    private static string Relation(ChartRelation relation) => relation switch
    {
        ChartRelation.Top => "top",
        _ => ChartPlacement.KeyOf(relation),
    };
}
