namespace Drejebog.Site.BrowserTests.Support;

/// <summary>Facts about the real <c>input/</c> that the feature tests expect the pages to reflect.</summary>
internal static class RealContent
{
    private static readonly Lazy<IReadOnlyList<InputMilestone>> All = new(() => InputMilestones.Read(RepositoryRoot.Input));

    public static IReadOnlyList<InputMilestone> Milestones => All.Value;

    public static InputMilestone Milestone(string id) => Milestones.Single(m => m.Id == id);

    /// <summary>Milestone 1.1, which has a single deliverable and is listed on the planning phase's page.</summary>
    public static InputMilestone First => Milestone("ejerskab-og-ressourcer");

    public const string FirstPage = "/milepaele/ejerskab-og-ressourcer/";
    public const string FirstPhasePage = "/faser/planlaegning/";
    public const string FirstPhase = "planlaegning";

    /// <summary>Milestone 1.2, on the same phase page as 1.1.</summary>
    public static InputMilestone Second => Milestone("samarbejde-med-fagomraader");

    public const string SecondPage = "/milepaele/samarbejde-med-fagomraader/";

    /// <summary>The paths search may list for a phase filter: its milestones and the phase's own page.</summary>
    public static HashSet<string> PhasePages(string phase) =>
        Milestones.Where(m => m.Phase == phase).Select(m => $"/milepaele/{m.Id}/").Append($"/faser/{phase}/").ToHashSet();

    public static SortedSet<string> MilestonesWithRole(string role, string? phase = null) =>
        new(Milestones.Where(m => m.Roles.Contains(role) && (phase is null || m.Phase == phase)).Select(m => m.Id), StringComparer.Ordinal);
}
