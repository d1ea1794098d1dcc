using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>
/// Whether each milestone is a draft (<c>status: udkast</c>), so that every list showing it can
/// mark it with the theme's one draft label (docs/theme.md: <c>milestone.is_draft</c>,
/// <c>site.draft_milestone_count</c>, <c>role.draft_duty_count</c>).
/// </summary>
internal static class DraftStatusModels
{
    public static void Add(ContentGraph graph, Dictionary<string, object?> site,
        Dictionary<string, Dictionary<string, object?>> milestones, Dictionary<string, Dictionary<string, object?>> roles)
    {
        foreach (var milestone in graph.Milestones)
        {
            milestones[milestone.Id]["is_draft"] = IsDraft(milestone);
        }
        // Lists show the label's explanation once, and only where a draft appears.
        site["draft_milestone_count"] = graph.Milestones.Count(IsDraft);
        foreach (var role in graph.Roles)
        {
            roles[role.Id]["draft_duty_count"] = graph.DutiesByRole[role.Id].Count(d => IsDraft(d.Milestone));
        }
    }

    private static bool IsDraft(Milestone milestone) => milestone.Status == ContentStatus.Draft;
}
