using System.Globalization;
using System.Text;
using System.Text.Json;
using Drejebog.Site.Modules;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;
using ParsedEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The team's calendar file, made by theme/assets/js/ics.js under Node from the real content index
/// and a plan with the team's own dates (validated by storage.js, scheduled by plan-dates.js, as
/// the /plan/ page does), read back with Ical.Net and compared with the build's
/// <c>/kalender/drejebog.ics</c>: the same UIDs, so importing one after the other updates the events.
/// </summary>
public sealed class TeamCalendarTests : IDisposable
{
    private const string SiteUrl = "https://drejebog.netlify.app";
    private const string Municipality = "Ærø Kommune";
    private const string Updated = "2026-02-10T08:30:00.000Z";

    // Reads the index and a plan as JSON, writes the calendar file; the paths and URLs come as arguments.
    private const string Driver = """
        const [indexPath, planPath, outPath, siteUrl, icsUrl, storageUrl, datesUrl] = process.argv.slice(1);
        const { readFileSync, writeFileSync } = await import('node:fs');
        const { icsFor } = await import(icsUrl);
        const { validatePlan } = await import(storageUrl);
        const { scheduleFor } = await import(datesUrl);
        const index = JSON.parse(readFileSync(indexPath, 'utf8'));
        const checked = validatePlan(JSON.parse(readFileSync(planPath, 'utf8')));
        if (!checked.ok) throw new Error(`invalid plan: ${checked.field}`);
        const { plan } = checked;
        const text = icsFor(index, scheduleFor(index, plan), { siteUrl, municipality: plan.municipality, updated: plan.updated });
        writeFileSync(outPath, text, 'utf8');
        """;

    private readonly TempFolder temp = new();

    private static byte[] StaticFile() => Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == AddCalendar.OutputPath).Content!;

    private static List<SourceEntry> Phases() =>
        RealSiteBuild.Files("faser").OrderBy(p => int.Parse(p.Scalar("number")!, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The team's own start, its own deadline for the first phase and its own target for the second phase's first milestone.</summary>
    private static (string FirstPhase, string OwnMilestone) OwnIds()
    {
        var phases = Phases();
        var milestone = RealSiteBuild.Files("milepaele").Single(m => m.Scalar("phase") == phases[1].Scalar("id") && m.Scalar("order") == "1");
        return (phases[0].Scalar("id")!, milestone.Scalar("id")!);
    }

    private byte[] TeamFile(object plan)
    {
        var index = temp.Write("drejebog.json", Encoding.UTF8.GetString(Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == AddContentIndex.OutputPath).Content!));
        var planPath = temp.Write("plan.json", JsonSerializer.Serialize(plan));
        var output = temp.Combine("plan.ics");
        string Module(string name) => new Uri(Path.Combine(RepositoryRoot.Theme, "assets", "js", name)).AbsoluteUri;

        var (exitCode, printed) = ProcessRunner.Run("node",
            ["--input-type=module", "-e", Driver, index, planPath, output, SiteUrl, Module("ics.js"), Module("storage.js"), Module("plan-dates.js")],
            RepositoryRoot.Theme);

        Assert.True(exitCode == 0, printed);
        return File.ReadAllBytes(output);
    }

    private byte[] OwnPlanFile()
    {
        var (firstPhase, ownMilestone) = OwnIds();
        return TeamFile(new Dictionary<string, object>
        {
            ["municipality"] = Municipality,
            ["start"] = "2026-01-05",
            ["phases"] = new Dictionary<string, string> { [firstPhase] = "2026-04-30" },
            ["milestones"] = new Dictionary<string, string> { [ownMilestone] = "2026-05-20" },
            ["updated"] = Updated,
        });
    }

    [Fact]
    public void The_team_file_follows_rfc_5545_and_has_the_static_files_uids_in_the_same_order()
    {
        var team = IcsFile.Read(OwnPlanFile());
        var playbook = IcsFile.Read(StaticFile());

        Assert.Equal(35, team.Count);
        Assert.Equal(playbook.Select(e => e.Uid), team.Select(e => e.Uid));
        Assert.Equal(playbook.Select(e => e.Url), team.Select(e => e.Url));
    }

    [Fact]
    public void The_teams_own_dates_are_in_the_file_and_marked_as_theirs()
    {
        var (firstPhase, ownMilestone) = OwnIds();
        var team = IcsFile.Read(OwnPlanFile()).ToDictionary(e => e.Uid!);
        var siteId = new Uri(SiteUrl).Host;

        var phase = team[$"fase-{firstPhase}@{siteId}"];
        Assert.Equal(new DateOnly(2026, 4, 30), phase.DtStart!.Date);
        Assert.EndsWith("(jeres dato)", phase.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Jeres dato", phase.Description, StringComparison.Ordinal);
        var milestone = team[$"milepael-{ownMilestone}@{siteId}"];
        Assert.Equal(new DateOnly(2026, 5, 20), milestone.DtStart!.Date);
        Assert.EndsWith("(jeres dato)", milestone.Summary, StringComparison.Ordinal);
        Assert.Equal(2, team.Values.Count(e => e.Summary!.EndsWith("(jeres dato)", StringComparison.Ordinal)));

        // The later phases have no own deadline: the playbook's, moved as far as the team's start moved the first phase's start.
        var phases = Phases();
        var shift = new DateOnly(2026, 1, 5).DayNumber - Date(phases[0].Scalar("starts")!).DayNumber;
        foreach (var later in phases.Skip(1))
        {
            Assert.Equal(Date(later.Scalar("ends")!).AddDays(shift), team[$"fase-{later.Scalar("id")}@{siteId}"].DtStart!.Date);
        }
        Assert.All(team.Values, e => Assert.Equal(new DateTime(2026, 2, 10, 8, 30, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc));
    }

    [Fact]
    public void The_calendar_is_named_after_the_municipality()
    {
        var lines = IcsFile.Unfold(Encoding.UTF8.GetString(OwnPlanFile()));

        Assert.Contains($"X-WR-CALNAME:{Municipality}: drejebogens frister og milepæle", lines);
    }

    /// <summary>
    /// A calendar that has the playbook's file and then imports the team's replaces each event by
    /// UID (and the team's DTSTAMP is the later one, for calendars that compare): 35 events, the team's dates.
    /// </summary>
    [Fact]
    public void Importing_the_team_file_after_the_playbook_file_updates_the_events_instead_of_adding_them()
    {
        var calendar = new Dictionary<string, ParsedEvent>(StringComparer.Ordinal);
        var playbook = IcsFile.Read(StaticFile());
        var team = IcsFile.Read(OwnPlanFile());
        foreach (var e in playbook.Concat(team).Concat(team))
        {
            if (!calendar.TryGetValue(e.Uid!, out var known) || e.DtStamp!.AsUtc >= known.DtStamp!.AsUtc)
            {
                calendar[e.Uid!] = e;
            }
        }

        Assert.Equal(35, calendar.Count);
        Assert.All(team, e => Assert.Same(e, calendar[e.Uid!]));
        Assert.All(team, e => Assert.True(e.DtStamp!.AsUtc > playbook[0].DtStamp!.AsUtc));
    }

    /// <summary>Without own dates the two writers agree event for event: one set of rules, in C# and in the browser.</summary>
    [Fact]
    public void Without_own_dates_the_browser_writes_the_playbooks_dates_as_the_build_does()
    {
        var bytes = TeamFile(new Dictionary<string, object>());
        var team = IcsFile.Read(bytes);
        var playbook = IcsFile.Read(StaticFile());

        Assert.Equal(playbook.Count, team.Count);
        foreach (var (expected, actual) in playbook.Zip(team))
        {
            Assert.Equal(expected.Uid, actual.Uid);
            Assert.Equal(expected.DtStart!.Date, actual.DtStart!.Date);
            Assert.Equal(expected.DtEnd!.Date, actual.DtEnd!.Date);
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.Equal(expected.Url, actual.Url);
            Assert.Equal(expected.DtStamp!.AsUtc, actual.DtStamp!.AsUtc);
        }
        Assert.Contains("X-WR-CALNAME:Jeres plan: drejebogens frister og milepæle", IcsFile.Unfold(Encoding.UTF8.GetString(bytes)));
    }

    public void Dispose() => temp.Dispose();

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
