using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>
/// What a progress widget counts (the whole playbook, a phase or a role), so the page draws the
/// widget at its final size and with its wording before the script arrives; progress.js then only
/// fills in the reader's numbers, counting the same milestones from the content index.
/// </summary>
internal static class ProgressModels
{
    public static Dictionary<string, object?> Overall(ContentGraph graph) =>
        Model("overall", "i hele drejebogen", graph.Milestones);

    // "Planlægning" is counted "i planlægningsfasen".
    public static Dictionary<string, object?> Phase(Phase phase, ContentGraph graph) =>
        Model($"phase:{phase.Id}", $"i {phase.Title.ToLowerInvariant()}sfasen", graph.MilestonesByPhase[phase.Id]);

    public static Dictionary<string, object?> Role(Role role, ContentGraph graph) =>
        Model($"role:{role.Id}", $"for {role.Title}", [.. graph.DutiesByRole[role.Id].Select(d => d.Milestone).Distinct()]);

    private static Dictionary<string, object?> Model(string scope, string subject, IReadOnlyList<Milestone> milestones) => new()
    {
        ["scope"] = scope,
        ["text_id"] = $"fremskridt-{scope.Replace(':', '-')}-tekst",
        ["subject"] = subject,
        ["milestone_count"] = milestones.Count,
        ["deliverable_count"] = milestones.Sum(m => m.Deliverables.Count),
        // A <progress> needs a maximum above 0, also for a role without milestones.
        ["bar_max"] = Math.Max(milestones.Count, 1),
    };
}
