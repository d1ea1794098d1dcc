using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// The status report (/statusrapport/): per phase the milestones counted as Færdig, I gang, Ikke
/// startet and Overskredet from the ticks, the milestones due in the next four weeks and those
/// overdue by the team's own dates, the deliverables that remain, and a printout with nothing
/// but the report.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class StatusReportTests(SiteFixture site) : BrowserTest(site)
{
    private const string ReportPage = "/statusrapport/";

    [Fact]
    public async Task The_phase_rows_count_the_milestones_by_their_ticks()
    {
        // 1.1 (one deliverable) ticked is Færdig; one of 1.2's two is I gang.
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, RealContent.First.Deliverables[0].Id).CheckAsync();
        await GoAsync(RealContent.SecondPage);
        await Checkbox(Page, RealContent.Second.Deliverables[0].Id).CheckAsync();

        await GoAsync(ReportPage);

        foreach (var phase in Phases)
        {
            var total = RealContent.Milestones.Count(m => m.Phase == phase);
            var (done, started) = phase == RealContent.FirstPhase ? (1, 1) : (0, 0);
            await ExpectCountsAsync(phase, done, started, total - done - started, overdue: 0);
        }
        var deliverables = RealContent.Milestones.Sum(m => m.Deliverables.Count);
        await Expect(Page.Locator("[data-report-total]")).ToHaveTextAsync($"1 af {RealContent.Milestones.Count} milepæle er færdige, og 2 af {deliverables} leverancer er krydset af.");
        // The playbook's 2015 dates make nothing overdue and nothing due.
        await Expect(Page.Locator("[data-report-dates]")).ToHaveAttributeAsync("data-report-dates", "drejebogens");
        await Expect(Page.Locator("[data-report-due] tr")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-report-overdue] tr")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-report-overdue]")).ToContainTextAsync("Intet regnes som overskredet");
    }

    [Fact]
    public async Task The_next_four_weeks_and_the_overdue_milestones_follow_the_teams_own_dates()
    {
        var today = CopenhagenDate.Today;
        var m = RealContent.Milestones;
        // Every milestone without its own target falls after the team's start, 60 days from now.
        var targets = new Dictionary<InputMilestone, int>
        {
            [m[0]] = 5,     // done: not due
            [m[1]] = -2,    // done: not overdue
            [m[2]] = 0,     // due today
            [m[3]] = 3,
            [m[4]] = 28,    // the last day of the four weeks
            [m[5]] = 29,    // just after
            [m[6]] = -1,    // overdue
            [m[11]] = -10,  // overdue, in the second phase
        };
        Assert.Equal("indkoeb", m[11].Phase);
        var plan = new
        {
            municipality = "Testrup Kommune",
            start = CopenhagenDate.Iso(today.AddDays(60)),
            milestones = targets.ToDictionary(t => t.Key.Id, t => CopenhagenDate.Iso(today.AddDays(t.Value))),
            updated = "2026-11-30T10:00:00.000Z",
        };
        await SeedAsync(m[0].Deliverables.Concat(m[1].Deliverables).Select(d => d.Id), plan);

        await GoAsync(ReportPage);

        await Expect(Page.Locator("[data-report-municipality]")).ToHaveTextAsync("Testrup Kommune");
        await Expect(Page.Locator("[data-report-dates]")).ToHaveAttributeAsync("data-report-dates", "egne");
        await Expect(Page.Locator("[data-report-date] time")).ToHaveAttributeAsync("datetime", CopenhagenDate.Iso(today));

        await Expect(Page.Locator("tr[data-report-due]")).ToHaveCountAsync(3);
        Assert.Equal([m[2].Id, m[3].Id, m[4].Id], await RowIdsAsync("tr[data-report-due]", "reportDue"));
        Assert.Equal([m[11].Id, m[6].Id], await RowIdsAsync("tr[data-report-overdue]", "reportOverdue"));
        await Expect(Page.Locator($"tr[data-report-due=\"{m[4].Id}\"] time")).ToHaveAttributeAsync("datetime", CopenhagenDate.Iso(today.AddDays(28)));
        await Expect(Page.Locator($"tr[data-report-overdue=\"{m[6].Id}\"] time")).ToHaveAttributeAsync("datetime", CopenhagenDate.Iso(today.AddDays(-1)));

        var firstPhase = RealContent.Milestones.Count(x => x.Phase == RealContent.FirstPhase);
        await ExpectCountsAsync(RealContent.FirstPhase, done: 2, started: 0, notStarted: firstPhase - 2, overdue: 1);
        await ExpectCountsAsync("indkoeb", done: 0, started: 0, notStarted: RealContent.Milestones.Count(x => x.Phase == "indkoeb"), overdue: 1);
        await ExpectCountsAsync("implementering", done: 0, started: 0, notStarted: RealContent.Milestones.Count(x => x.Phase == "implementering"), overdue: 0);
    }

    [Fact]
    public async Task Each_listed_milestone_names_its_responsible_roles_or_else_those_who_do_the_work()
    {
        var today = CopenhagenDate.Today;
        var m = RealContent.Milestones;
        var owned = m.First(x => x.Duties.Any(d => d.EndsWith(":ansvarlig", StringComparison.Ordinal)));
        var unowned = m.First(x => !x.Duties.Any(d => d.EndsWith(":ansvarlig", StringComparison.Ordinal)) && x.Duties.Any(d => d.EndsWith(":udfører", StringComparison.Ordinal)));
        var plan = new
        {
            start = CopenhagenDate.Iso(today.AddDays(60)),
            milestones = new Dictionary<string, string> { [owned.Id] = CopenhagenDate.Iso(today.AddDays(1)), [unowned.Id] = CopenhagenDate.Iso(today.AddDays(2)) },
        };
        await SeedAsync([], plan);

        await GoAsync(ReportPage);
        await Expect(Page.Locator("tr[data-report-due]")).ToHaveCountAsync(2);

        var ownedCell = Page.Locator($"tr[data-report-due=\"{owned.Id}\"] td").Last;
        Assert.Equal(RolePages(owned, "ansvarlig"), await LinksAsync(ownedCell));
        await Expect(ownedCell).Not.ToContainTextAsync(":");
        var unownedCell = Page.Locator($"tr[data-report-due=\"{unowned.Id}\"] td").Last;
        Assert.Equal(RolePages(unowned, "udfører"), await LinksAsync(unownedCell));
        await Expect(unownedCell).ToContainTextAsync("Udfører: ");
        // No municipality in the plan: the report says where to set it.
        await Expect(Page.Locator("[data-report-municipality]")).ToContainTextAsync("Kommunens navn er ikke sat");
        await Expect(Page.Locator("[data-report-municipality] a")).ToHaveAttributeAsync("href", "/plan/");
    }

    [Fact]
    public async Task The_remaining_deliverables_are_those_not_ticked_grouped_by_milestone()
    {
        var all = RealContent.Milestones.SelectMany(m => m.Deliverables).Select(d => d.Id).ToList();
        await GoAsync(ReportPage);
        // The count is written in the same render that hides what is ticked.
        await Expect(Page.Locator("[data-report-remaining-count]")).ToHaveTextAsync($"{all.Count} leverancer mangler i {RealContent.Milestones.Count} milepæle.");
        Assert.Equal(Sets.Of([.. all]), await VisibleRemainingAsync());

        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, RealContent.First.Deliverables[0].Id).CheckAsync();
        await GoAsync(RealContent.SecondPage);
        await Checkbox(Page, RealContent.Second.Deliverables[0].Id).CheckAsync();
        await GoAsync(ReportPage);

        var ticked = new[] { RealContent.First.Deliverables[0].Id, RealContent.Second.Deliverables[0].Id };
        await Expect(Page.Locator("[data-report-remaining-count]")).ToHaveTextAsync($"{all.Count - 2} leverancer mangler i {RealContent.Milestones.Count - 1} milepæle.");
        Assert.Equal(Sets.Of([.. all.Except(ticked)]), await VisibleRemainingAsync());
        await Expect(Page.Locator($"[data-report-milestone=\"{RealContent.First.Id}\"]")).ToBeHiddenAsync();
        var second = Page.Locator($"[data-report-milestone=\"{RealContent.Second.Id}\"]");
        await Expect(second).ToBeVisibleAsync();
        await Expect(second.Locator("[data-report-started]")).ToHaveTextAsync("– I gang");
        await Expect(second.Locator($"[data-report-deliverable=\"{RealContent.Second.Deliverables[1].Id}\"]")).ToHaveTextAsync(RealContent.Second.Deliverables[1].Text);
    }

    [Fact]
    public async Task A_tick_in_another_tab_updates_the_report_without_a_reload()
    {
        await GoAsync(ReportPage);
        var other = await NewTabAsync();
        await GoAsync(RealContent.FirstPage, other);

        await Checkbox(other, RealContent.First.Deliverables[0].Id).CheckAsync();

        await Expect(Page.Locator($"[data-report-deliverable=\"{RealContent.First.Deliverables[0].Id}\"]")).ToBeHiddenAsync();
        await Expect(Page.Locator($"tr[data-report-phase=\"{RealContent.FirstPhase}\"] [data-count=faerdig]")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task Printed_the_report_is_all_there_is_on_the_paper()
    {
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, RealContent.First.Deliverables[0].Id).CheckAsync();
        // With a role chosen, so the banner is there to be left out.
        await GoAsync($"{ReportPage}?rolle=programleder");
        await Expect(Page.Locator("[data-role-banner]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-report-print]")).ToBeVisibleAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Statusrapport");
        await Expect(Page.Locator("[data-status-report]")).ToBeVisibleAsync();
        await Expect(Page.Locator($"tr[data-report-phase=\"{RealContent.FirstPhase}\"]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-report-facts]")).ToBeVisibleAsync();
        foreach (var chrome in new[] { "header", "footer", "nav[aria-label='Hovedmenu']", "[data-role-banner]", "[data-report-print]", ".report-tools", ".report-lead", ".skipnav" })
        {
            await Expect(Page.Locator(chrome).First).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task The_report_with_own_dates_and_some_ticks_has_no_wcag_violations_on_a_desktop_and_a_phone()
    {
        var today = CopenhagenDate.Today;
        var m = RealContent.Milestones;
        await SeedAsync([RealContent.Second.Deliverables[0].Id], new
        {
            municipality = "Testrup Kommune",
            start = CopenhagenDate.Iso(today.AddDays(-30)),
            milestones = new Dictionary<string, string> { [m[5].Id] = CopenhagenDate.Iso(today.AddDays(4)), [m[6].Id] = CopenhagenDate.Iso(today.AddDays(-3)) },
        });
        await GoAsync(ReportPage);
        await Expect(Page.Locator("tr[data-report-due]").First).ToBeVisibleAsync();
        await Expect(Page.Locator("tr[data-report-overdue]").First).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "the status report with own dates, due and overdue milestones");

        await Page.SetViewportSizeAsync(390, 900);
        await Axe.AssertNoViolationsAsync(Page, "the status report on a phone");
    }

    /// <summary>The ticks and plan of each printed case: a team under way, and the longest report there is.</summary>
    public static TheoryData<string> PrintCases => ["under-way", "nothing-done-everything-overdue"];

    [Theory]
    [MemberData(nameof(PrintCases))]
    public async Task The_report_of_the_whole_playbook_prints_on_at_most_two_A4_pages(string name)
    {
        var today = CopenhagenDate.Today;
        var m = RealContent.Milestones;
        if (name == "under-way")
        {
            // Started three months ago: six milestones done, one half done, the rest of the first phase late or due.
            var done = m.Take(6).SelectMany(x => x.Deliverables).Select(d => d.Id).Append(m[6].Deliverables[0].Id);
            await SeedAsync(done, new { municipality = "Testrup Kommune", start = CopenhagenDate.Iso(today.AddDays(-90)) });
        }
        else
        {
            // Started long ago with nothing ticked: every milestone overdue, every deliverable left.
            await SeedAsync([], new { municipality = "Testrup Kommune", start = CopenhagenDate.Iso(today.AddDays(-800)) });
        }
        await GoAsync(ReportPage);
        await Expect(Page.Locator("tr[data-report-overdue]").First).ToBeVisibleAsync();
        if (name != "under-way")
        {
            await Expect(Page.Locator("tr[data-report-overdue]")).ToHaveCountAsync(m.Count);
        }
        await Page.EvaluateAsync("() => document.fonts.ready");

        var pdf = await Page.PdfAsync(new() { PreferCSSPageSize = true });

        // DREJEBOG_REPORT_PDF names a folder to keep the printouts in, for a person to look at.
        if (Environment.GetEnvironmentVariable("DREJEBOG_REPORT_PDF") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"statusrapport-{name}.pdf"), pdf);
        }
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])");
        Assert.InRange(pages, 1, 2);
    }

    private static IEnumerable<string> Phases => RealContent.Milestones.Select(m => m.Phase).Distinct();

    /// <summary>Stores ticks and a plan as the browser would have saved them, on the site's origin.</summary>
    private async Task SeedAsync(IEnumerable<string> ticked, object plan)
    {
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, ProgressJson(ticked));
        await StoreAsync(Page, PlanKey, StoredPlanJson(plan));
    }

    private async Task ExpectCountsAsync(string phase, int done, int started, int notStarted, int overdue)
    {
        var row = Page.Locator($"tr[data-report-phase=\"{phase}\"]");
        await Expect(row.Locator("[data-count=faerdig]")).ToHaveTextAsync($"{done}");
        await Expect(row.Locator("[data-count=i-gang]")).ToHaveTextAsync($"{started}");
        await Expect(row.Locator("[data-count=ikke-startet]")).ToHaveTextAsync($"{notStarted}");
        await Expect(row.Locator("[data-count=overskredet]")).ToHaveTextAsync($"{overdue}");
    }

    private async Task<string[]> RowIdsAsync(string selector, string key) =>
        await Page.Locator(selector).EvaluateAllAsync<string[]>("(rows, key) => rows.map(r => r.dataset[key])", key);

    private static async Task<SortedSet<string>> LinksAsync(ILocator cell) =>
        new(await cell.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"), StringComparer.Ordinal);

    private static SortedSet<string> RolePages(InputMilestone milestone, string kind) =>
        new(milestone.Duties.Where(d => d.EndsWith($":{kind}", StringComparison.Ordinal)).Select(d => $"/roller/{d.Split(':')[0]}/"), StringComparer.Ordinal);

    private async Task<SortedSet<string>> VisibleRemainingAsync() =>
        new(await Page.Locator("[data-report-deliverable]:visible").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.reportDeliverable)"), StringComparer.Ordinal);
}
