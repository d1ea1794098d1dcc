using Drejebog.Site.Content;

namespace Drejebog.Site.Calendar;

/// <summary>
/// The playbook's own dates as calendar events: each phase's deadline and each milestone's default
/// target (<see cref="MilestoneSchedule"/>). The UIDs are the ones the browser gives a team's own
/// dates (theme/assets/js/ics.js), so a team that imports its own file after this one gets its
/// dates in place of the playbook's, not beside them.
/// </summary>
public static class PlaybookCalendar
{
    public const string Name = "Drejebogen – frister og milepæle";

    public static string PhaseUid(Phase phase, SiteSettings site) => $"fase-{phase.Id}@{site.Id}";

    public static string MilestoneUid(Milestone milestone, SiteSettings site) => $"milepael-{milestone.Id}@{site.Id}";

    /// <summary>Phase by phase: the phase's milestones, then its deadline.</summary>
    public static IReadOnlyList<CalendarEvent> Events(ContentGraph graph, SiteSettings site)
    {
        var targets = MilestoneSchedule.Targets(graph);
        var events = new List<CalendarEvent>();
        foreach (var phase in graph.Phases)
        {
            var start = PhaseDate.Wording(MilestoneSchedule.PhaseStart(graph, phase));
            foreach (var milestone in graph.MilestonesByPhase.GetValueOrDefault(phase.Id) ?? [])
            {
                events.Add(new CalendarEvent(
                    MilestoneUid(milestone, site),
                    targets[milestone.Id],
                    $"Milepæl {graph.MilestoneNumber(milestone)}: {milestone.Title}",
                    $"Måldatoen er sitets forslag, ikke drejebogens: drejebogen sætter kun datoer på faserne, så milepælene i fase {phase.Number} " +
                    $"er fordelt jævnt fra {start} til fasens frist, {phase.Ends.Text}.\n\nLæs om milepælen: {site.BaseUrl}{milestone.Url}",
                    site.BaseUrl + milestone.Url));
            }
            var note = phase.DatesNote is null ? "" : " " + phase.DatesNote;
            events.Add(new CalendarEvent(
                PhaseUid(phase, site),
                phase.Ends.Date,
                $"Frist: Fase {phase.Number} {phase.Title}",
                $"Drejebogens frist for fase {phase.Number}: {phase.Ends.Text}.{note}\n\nLæs om fasen: {site.BaseUrl}{phase.Url}",
                site.BaseUrl + phase.Url));
        }
        return events;
    }

    /// <summary>
    /// DTSTAMP for the playbook's file: midnight UTC at the start of its latest date. Taken from the
    /// content, not the clock, so a rebuild of the same content writes the same bytes (and no
    /// needless deploy). Calendars that weigh versions of an event by DTSTAMP see a later one when a
    /// later date is added, and a team's own file (stamped with the time its plan last changed, in
    /// ics.js) is always later than the playbook's 2015 dates, so it wins over this one.
    /// </summary>
    public static DateTimeOffset Stamp(IEnumerable<CalendarEvent> events) =>
        new(events.Select(e => e.Date).DefaultIfEmpty(DateOnly.MinValue).Max().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static byte[] Write(ContentGraph graph, SiteSettings site)
    {
        var events = Events(graph, site);
        return IcsWriter.Write(Name, Stamp(events), events);
    }
}
