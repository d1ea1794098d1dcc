using System.Globalization;
using Drejebog.Site.Build;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;
using ParsedEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// <c>/kalender/drejebog.ics</c> of the real site, read back with Ical.Net: one event per phase
/// deadline and per milestone, on the dates the front matter gives (read here with YamlDotNet), with
/// UIDs that stay the same from build to build, so importing the file again updates the events.
/// </summary>
public sealed class CalendarFileTests
{
    private static byte[] File(BuildResult result) =>
        Assert.Single(result.Files, f => f.OutputPath == AddCalendar.OutputPath).Content!;

    private static IReadOnlyList<ParsedEvent> Events() => IcsFile.Read(File(RealSiteBuild.Result));

    private static string BaseUrl => RealSiteBuild.SiteSettings().Children[new YamlDotNet.RepresentationModel.YamlScalarNode("base_url")].ToString().TrimEnd('/');

    private static string SiteId => new Uri(BaseUrl).Host;

    [Fact]
    public void There_is_one_event_per_phase_deadline_and_per_milestone_with_unique_uids()
    {
        var events = Events();
        var phases = RealSiteBuild.Files("faser");
        var milestones = RealSiteBuild.Files("milepaele");

        Assert.Equal(3, phases.Count);
        Assert.Equal(32, milestones.Count);
        Assert.Equal(phases.Count + milestones.Count, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            phases.Select(p => $"fase-{p.Scalar("id")}@{SiteId}").Concat(milestones.Select(m => $"milepael-{m.Scalar("id")}@{SiteId}")).Order(StringComparer.Ordinal),
            events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Phase_deadlines_fall_on_the_front_matter_dates()
    {
        var events = Events().ToDictionary(e => e.Uid!);
        foreach (var phase in RealSiteBuild.Files("faser"))
        {
            var e = events[$"fase-{phase.Scalar("id")}@{SiteId}"];
            Assert.Equal(Date(phase.Scalar("ends")!), e.DtStart!.Date);
            Assert.False(e.DtStart.HasTime);
            Assert.Equal(Date(phase.Scalar("ends")!).AddDays(1), e.DtEnd!.Date);
            Assert.Equal($"Frist: Fase {phase.Scalar("number")} {phase.Scalar("title")}", e.Summary);
            Assert.StartsWith($"Drejebogens frist for fase {phase.Scalar("number")}: ", e.Description, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The milestones are spread evenly inside their phase (the contract's rule, worked out here from
    /// the front matter): the k-th of n from S to D on S + round(k·(D−S)/n), the last on D.
    /// </summary>
    [Fact]
    public void Milestone_targets_are_spread_evenly_inside_their_phase_and_say_the_date_is_inferred()
    {
        var events = Events().ToDictionary(e => e.Uid!);
        var phases = RealSiteBuild.Files("faser").OrderBy(p => int.Parse(p.Scalar("number")!, CultureInfo.InvariantCulture)).ToList();
        var milestones = RealSiteBuild.Files("milepaele");
        var start = Date(phases[0].Scalar("starts")!);
        var checkedCount = 0;
        foreach (var phase in phases)
        {
            var end = Date(phase.Scalar("ends")!);
            var inPhase = milestones.Where(m => m.Scalar("phase") == phase.Scalar("id")).OrderBy(m => int.Parse(m.Scalar("order")!, CultureInfo.InvariantCulture)).ToList();
            for (var k = 1; k <= inPhase.Count; k++)
            {
                var expected = start.AddDays((int)Math.Round((double)k * (end.DayNumber - start.DayNumber) / inPhase.Count, MidpointRounding.AwayFromZero));
                var e = events[$"milepael-{inPhase[k - 1].Scalar("id")}@{SiteId}"];
                Assert.Equal(expected, e.DtStart!.Date);
                Assert.Equal($"Milepæl {phase.Scalar("number")}.{inPhase[k - 1].Scalar("order")}: {inPhase[k - 1].Scalar("title")}", e.Summary);
                Assert.StartsWith("Måldatoen er sitets forslag, ikke drejebogens", e.Description, StringComparison.Ordinal);
                checkedCount++;
            }
            Assert.Equal(end, events[$"milepael-{inPhase[^1].Scalar("id")}@{SiteId}"].DtStart!.Date);
            start = end;
        }
        Assert.Equal(32, checkedCount);
    }

    [Fact]
    public void Every_event_links_to_its_page_on_the_site()
    {
        foreach (var e in Events())
        {
            var url = e.Url!.AbsoluteUri;
            Assert.StartsWith(BaseUrl + "/", url, StringComparison.Ordinal);
            var path = url[BaseUrl.Length..];
            Assert.NotNull(RealSiteBuild.Result.Page(path));
            var kind = e.Uid!.StartsWith("fase-", StringComparison.Ordinal) ? "faser" : "milepaele";
            Assert.Equal($"/{kind}/{e.Uid[(e.Uid.IndexOf('-', StringComparison.Ordinal) + 1)..e.Uid.IndexOf('@', StringComparison.Ordinal)]}/", path);
            Assert.EndsWith(url, e.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_event_is_a_published_all_day_event_stamped_from_the_content_not_the_clock()
    {
        var events = Events();
        var lastDeadline = RealSiteBuild.Files("faser").Select(p => Date(p.Scalar("ends")!)).Max();

        Assert.All(events, e =>
        {
            Assert.Equal(0, e.Sequence);
            Assert.Equal(lastDeadline.ToDateTime(TimeOnly.MinValue), e.DtStamp!.AsUtc);
            Assert.Equal("TRANSPARENT", e.Transparency);
        });
    }

    [Fact]
    public void A_second_build_writes_the_same_bytes_and_a_preview_build_keeps_the_uids()
    {
        var first = File(RealSiteBuild.Result);
        Assert.Equal(first, File(TestSite.Real().Build()));

        const string Preview = "https://deploy-preview-7--drejebog.netlify.app";
        var sources = TestSite.Real().ToSources();
        var preview = IcsFile.Read(File(SiteBuilder.Build(new SiteSources
        {
            InputFiles = sources.InputFiles,
            Templates = sources.Templates,
            Assets = sources.Assets,
            MissingAssets = sources.MissingAssets,
            BaseUrl = Preview,
        })));
        Assert.Equal(Events().Select(e => e.Uid), preview.Select(e => e.Uid));
        Assert.All(preview, e => Assert.StartsWith(Preview + "/", e.Url!.AbsoluteUri, StringComparison.Ordinal));
    }

    /// <summary>
    /// What a calendar app does on import (RFC 5546: an event with a known UID replaces the one it
    /// has): importing the file twice leaves one event per UID, not two.
    /// </summary>
    [Fact]
    public void Importing_the_file_twice_into_one_calendar_gives_no_duplicates()
    {
        var calendar = new Ical.Net.Calendar();
        var text = System.Text.Encoding.UTF8.GetString(File(RealSiteBuild.Result));
        var imports = Ical.Net.CalendarCollection.Load(text + text);
        Assert.Equal(2, imports.Count);

        foreach (var e in imports.SelectMany(c => c.Events).ToList())
        {
            if (calendar.Events.FirstOrDefault(existing => existing.Uid == e.Uid) is { } existing)
            {
                calendar.Events.Remove(existing);
            }
            calendar.Events.Add(e);
        }

        Assert.Equal(70, imports.Sum(c => c.Events.Count));
        Assert.Equal(35, calendar.Events.Count);
        Assert.Equal(Events().Select(e => e.Uid).Order(StringComparer.Ordinal), calendar.Events.Select(e => e.Uid).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/milepaele/")]
    [InlineData("/om-drejebogen/")]
    public void The_milestone_overview_and_the_about_page_link_to_the_file_and_say_what_a_reimport_does(string url)
    {
        var paragraph = Dom.Parse(RealSiteBuild.Result.Page(url)!).QuerySelector("p.calendar-download")!;

        Assert.Equal("/" + AddCalendar.OutputPath, paragraph.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Hent drejebogens datoer som kalenderfil (.ics)", paragraph.QuerySelector("a")!.TextContent);
        Assert.Contains("opdaterer", paragraph.TextContent, StringComparison.Ordinal);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
