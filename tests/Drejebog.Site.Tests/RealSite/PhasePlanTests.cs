using AngleSharp.Dom;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The phase plan (figure 1) on the real site, checked against the front matter read with
/// YamlDotNet: every phase with its dates, every milestone once in its phase and in order, the
/// closing milestone, and the highlighted phase on phase pages.
/// </summary>
public sealed class PhasePlanTests
{
    public static TheoryData<string> FullPlanPages => ["/", "/om-drejebogen/"];

    private static IReadOnlyList<SourceEntry> PhaseFiles() =>
        [.. RealSiteBuild.Files("faser").OrderBy(f => int.Parse(f.Scalar("number")!, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Each phase's milestone ids in order, from the milestone files.</summary>
    private static IReadOnlyList<string> MilestoneUrlsOf(string phaseId) =>
        [.. RealSiteBuild.Files("milepaele").Where(m => m.Scalar("phase") == phaseId)
            .OrderBy(m => int.Parse(m.Scalar("order")!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => $"/milepaele/{m.Scalar("id")}/")];

    private static IElement Figure(string url)
    {
        var page = Dom.Parse(RealSiteBuild.Result.Page(url)!);
        return Assert.Single(page.QuerySelectorAll("main figure#faseplan-figur"));
    }

    [Theory]
    [MemberData(nameof(FullPlanPages))]
    public void Every_phase_is_listed_with_its_dates_from_the_front_matter(string url)
    {
        var items = Figure(url).QuerySelectorAll(".phase-plan-list > li");
        var phases = PhaseFiles();

        Assert.Equal(phases.Count, items.Length);
        for (var i = 0; i < phases.Count; i++)
        {
            Assert.Equal($"/faser/{phases[i].Scalar("id")}/", items[i].QuerySelector(".phase-plan-heading a")!.GetAttribute("href"));
            var times = items[i].QuerySelectorAll(".phase-plan-dates time").Select(t => t.GetAttribute("datetime")).ToList();
            // Phase 1 starts on its own `starts`; every later phase where the one before it ends.
            var starts = i == 0 ? phases[0].Scalar("starts") : phases[i - 1].Scalar("ends");
            Assert.Equal([starts, phases[i].Scalar("ends")], times);
            Assert.Contains(phases[i].Scalar("ends_text") ?? "", items[i].QuerySelector(".phase-plan-dates")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(phases[^1].Scalar("ends"), Figure(url).QuerySelector(".phase-plan-deadline-text time")!.GetAttribute("datetime"));
    }

    [Theory]
    [MemberData(nameof(FullPlanPages))]
    public void Every_milestone_appears_once_in_its_phase_in_order_and_the_last_one_closes_it(string url)
    {
        var figure = Figure(url);
        var items = figure.QuerySelectorAll(".phase-plan-list > li");
        var phases = PhaseFiles();
        var all = RealSiteBuild.Files("milepaele").Select(m => $"/milepaele/{m.Scalar("id")}/").Order(StringComparer.Ordinal);

        for (var i = 0; i < phases.Count; i++)
        {
            var expected = MilestoneUrlsOf(phases[i].Scalar("id")!);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, items[i].QuerySelectorAll(".phase-plan-milestones a").Select(a => a.GetAttribute("href")));
            Assert.Equal(expected[^1], Assert.Single(items[i].QuerySelectorAll(".phase-plan-milestones li.is-closing a")).GetAttribute("href"));
        }
        Assert.Equal(all, figure.QuerySelectorAll(".phase-plan-milestones a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        // The drawing names each milestone number once, too.
        var numbers = figure.QuerySelectorAll("svg text.phase-plan-number").Select(t => t.TextContent).ToList();
        Assert.Equal(all.Count(), numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(FullPlanPages))]
    public void The_figure_is_an_image_with_a_title_and_a_description_and_says_what_the_site_inferred(string url)
    {
        var figure = Figure(url);
        var svg = Assert.Single(figure.QuerySelectorAll("svg"));

        Assert.Equal("img", svg.GetAttribute("role"));
        var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["title", "desc"], labels.Select(id => svg.QuerySelector($"#{id}")!.LocalName));
        Assert.All(PhaseFiles().Select(p => p.Scalar("dates_note")).OfType<string>(), note =>
            Assert.Contains(note, figure.QuerySelectorAll(".phase-plan-note").Select(p => p.TextContent)));
        Assert.Equal("0", figure.QuerySelector(".phase-plan-scroll")!.GetAttribute("tabindex"));
    }

    [Fact]
    public void A_phase_page_shows_the_compact_plan_with_its_own_phase_highlighted()
    {
        foreach (var phase in PhaseFiles())
        {
            var url = $"/faser/{phase.Scalar("id")}/";
            var figure = Figure(url);

            var current = Assert.Single(figure.QuerySelectorAll(".phase-plan-list > li.is-current"));
            Assert.Equal(url, current.QuerySelector("a[aria-current='page']")!.GetAttribute("href"));
            Assert.Contains("(denne fase)", current.TextContent, StringComparison.Ordinal);
            var drawn = Assert.Single(figure.QuerySelectorAll("svg g.is-current"));
            Assert.Contains("denne fase", drawn.TextContent, StringComparison.Ordinal);
            // Compact: the phase's closing milestone, not every milestone.
            Assert.Empty(figure.QuerySelectorAll(".phase-plan-milestones"));
            Assert.Equal(MilestoneUrlsOf(phase.Scalar("id")!)[^1], current.QuerySelector(".phase-plan-closes a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_milestone_page_names_its_phase_and_the_phase_deadline()
    {
        var ends = RealSiteBuild.Files("faser").ToDictionary(f => f.Scalar("id")!, f => f.Scalar("ends"));
        Assert.All(RealSiteBuild.Files("milepaele"), file =>
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/milepaele/{file.Scalar("id")}/")!);
            var line = page.QuerySelector(".milestone-phase")!;
            Assert.Equal($"/faser/{file.Scalar("phase")}/", line.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(ends[file.Scalar("phase")!], line.QuerySelector("time")!.GetAttribute("datetime"));
        });
    }

    [Fact]
    public void Every_phase_section_of_a_role_page_gives_the_phase_deadline()
    {
        var ends = RealSiteBuild.Files("faser").ToDictionary(f => $"Fase {f.Scalar("number")}: {f.Scalar("title")}", f => f.Scalar("ends"));
        Assert.All(RealSiteBuild.Files("roller"), file =>
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/roller/{file.Scalar("id")}/")!);
            var sections = page.QuerySelectorAll("main h3").Where(h => h.TextContent.StartsWith("Fase ", StringComparison.Ordinal) && h.Closest(".role-milestones") is null).ToList();
            Assert.NotEmpty(sections);
            Assert.All(sections, heading =>
            {
                var deadline = heading.NextElementSibling!;
                Assert.True(deadline.ClassList.Contains("phase-deadline"), $"{file.RelativePath}: no deadline after {heading.TextContent}");
                Assert.Equal(ends[Dom.HeadingText(heading)], deadline.QuerySelector("time")!.GetAttribute("datetime"));
            });
        });
    }
}
