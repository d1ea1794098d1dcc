using Drejebog.Site.BrowserTests.Features;
using Drejebog.Site.BrowserTests.Support;
using Drejebog.Site.BrowserTests.Support.Engines;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Engines;

/// <summary>
/// The core reader flows, written once and run in every engine (one subclass per engine below):
/// ticks that survive a reload and reach other tabs, the role filter by picker and by URL, search
/// with filters, export and import, share links, storage that refuses, the CSP and axe. The Chromium-only
/// feature tests go deeper; these check that the same behaviour holds in Firefox and WebKit.
/// </summary>
public abstract class CoreFlows(EngineSite site) : IAsyncLifetime
{
    private const string ProgressPage = "/fremskridt/";
    private const string PlanPage = "/plan/";
    private const string ReportPage = "/statusrapport/";
    // The deflated link made by version 1 in theme/tests/share-code.test.mjs: every engine unpacks it.
    private const string SharedStatusPage = "/del/#v1.z.8a6d6f9d.VZAxbgIxEEWvgqbeQeNNiII76hQpslU6s_7ZGLxey_YiIcS90udikZEgUM_8N2_-ibIrIE02YYftNCwDindfx6WJkRoaja3TVtoXlpal7WSt1UqLLEXkkxrKCBaJNG1CwOLj9ychZARqqLh-n0mfCDukvDdbjmkakhk9LHwGzzZiQLnxFat1J6_6Se74JrPLfHAWgbfI-4TDJUINeRyQTOjBFomROHuUcgWuWLUsqlOtln_guaHoTaha4xxc76LxrhxJ07ut4ou3aRzngPpZMeleTlbUUPw2GZevKsYbDMGF4bb1zKLqjdF55DIFPBYwDZyQ8zSn_tLZFd1KDc3RmgJ737fqlDzon_8A";
    private const string Settled = "html.js[data-settled]";
    private static readonly string FirstDeliverable = RealContent.First.Deliverables[0].Id;
    private static readonly string SecondDeliverable = RealContent.Second.Deliverables[0].Id;
    private static readonly string ThirdDeliverable = RealContent.Second.Deliverables[1].Id;
    private static readonly int FirstPhaseMilestones = RealContent.Milestones.Count(m => m.Phase == RealContent.FirstPhase);

    private readonly List<IBrowserProfile> profiles = [];
    private IBrowserProfile? profile;
    private Tab? page;

    private Tab Page => page ?? throw new InvalidOperationException("No page yet.");

    private string Engine => site.Engine.Name;

    public async Task InitializeAsync()
    {
        site.Harness.Reset();
        (profile, page) = await NewBrowserAsync();
    }

    public async Task DisposeAsync()
    {
        // Every profile is closed, even when one fails to close (its browser would be left running).
        var closing = new List<Exception>();
        foreach (var each in profiles)
        {
            try
            {
                await each.DisposeAsync();
            }
            catch (Exception error) when (error is InvalidOperationException or TimeoutException or HttpRequestException)
            {
                closing.Add(error);
            }
        }
        Assert.True(closing.Count == 0, $"{Engine}: a profile did not close: {string.Join('\n', closing.Select(e => e.Message))}");
        var problems = site.Harness.Problems;
        Assert.True(problems.Count == 0, $"{Engine}: the pages reported problems:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public async Task A_ticked_deliverable_is_still_ticked_after_a_reload()
    {
        await GoAsync(Page, RealContent.FirstPage);

        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForStoredDoneAsync(Page, FirstDeliverable);
        await Page.ReloadAsync();
        await WaitForCheckedAsync(Page, FirstDeliverable, true);

        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForStoredDoneAsync(Page);
        await Page.ReloadAsync();
        await WaitForCheckedAsync(Page, FirstDeliverable, false);
    }

    [Fact]
    public async Task A_tick_in_one_tab_reaches_another_tab_without_a_reload()
    {
        await GoAsync(Page, RealContent.FirstPage);
        var other = await NewTabAsync();
        await GoAsync(other, RealContent.FirstPhasePage);
        await WaitForCheckedAsync(other, FirstDeliverable, false);

        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForCheckedAsync(other, FirstDeliverable, true);
        await WaitForTextAsync(other, "the phase's progress to count the tick", $"[data-progress=\"phase:{RealContent.FirstPhase}\"]", $"1 af {FirstPhaseMilestones}");

        await other.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForCheckedAsync(Page, FirstDeliverable, false);
    }

    [Fact]
    public async Task Choosing_a_role_in_the_picker_shows_exactly_its_milestones_and_is_remembered()
    {
        var expected = RealContent.MilestonesWithRole("systemejer");
        await GoAsync(Page, "/");
        Assert.Equal(RealContent.Milestones.Count, (await ShownMilestonesAsync(Page)).Count);

        await Page.SelectAsync("[data-role-picker] select#role-select", "systemejer");

        Assert.Equal(expected, await WaitForShownMilestonesAsync(Page, expected.Count));
        Assert.Equal("systemejer", await Page.StoredAsync(RoleKey));
        await Page.ReloadAsync();
        Assert.Equal(expected, await WaitForShownMilestonesAsync(Page, expected.Count));
        Assert.Equal("systemejer", await Page.ValueAsync("#role-select"));
    }

    [Theory]
    [InlineData("programleder")]
    [InlineData("systemejer")]
    public async Task A_shared_url_with_a_role_opens_filtered_with_the_banner(string role)
    {
        var expected = RealContent.MilestonesWithRole(role);

        await GoAsync(Page, $"/?rolle={role}");

        // The filter has run when the picker shows the role (before that, every milestone is shown).
        await Page.WaitForAsync<string?>("the picker to show the role from the URL", "sel => document.querySelector(sel)?.value ?? null", value => value == role, "#role-select");
        Assert.Equal(expected, await WaitForShownMilestonesAsync(Page, expected.Count));
        Assert.True(await Page.IsShownAsync("[data-role-banner]"), $"{Engine}: the role banner is not shown");
    }

    [Fact]
    public async Task Typing_a_search_and_choosing_a_phase_lists_only_that_phases_pages()
    {
        await GoAsync(Page, SearchPage.Path);

        await Page.TypeAsync("#search-input", "business case");
        var unfiltered = await SettledSearchAsync(Page, "business case");
        await Page.SelectAsync("select#search-fase", "indkoeb");
        var filtered = await SettledSearchAsync(Page, "business case");

        Assert.True(filtered > 0 && filtered < unfiltered, $"{Engine}: {filtered} results in the phase, {unfiltered} in all");
        var inPhase = RealContent.PhasePages("indkoeb");
        var listed = await ListedResultsAsync(Page);
        Assert.Contains("/milepaele/business-case-opdateret/", listed);
        Assert.True(listed.All(inPhase.Contains), $"{Engine}: outside the phase: {string.Join(", ", listed.Where(p => !inPhase.Contains(p)))}");
        Assert.EndsWith("/soeg/?q=business+case&fase=indkoeb", await Page.UrlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_url_with_a_role_filter_lists_only_pages_that_involve_the_role()
    {
        await GoAsync(Page, $"{SearchPage.Path}?q=kontrakt&rolle=systemejer");

        Assert.True(await SettledSearchAsync(Page, "kontrakt") > 0, $"{Engine}: no results");

        var allowed = RealContent.MilestonesWithRole("systemejer").Select(id => $"/milepaele/{id}/").Append("/roller/systemejer/").ToHashSet();
        var listed = await ListedResultsAsync(Page);
        Assert.NotEmpty(listed);
        Assert.True(listed.All(allowed.Contains), $"{Engine}: not involving systemejer: {string.Join(", ", listed.Where(p => !allowed.Contains(p)))}");
        Assert.Equal("systemejer", await Page.ValueAsync("select#search-rolle"));
    }

    [Fact]
    public async Task Arrow_keys_move_between_the_search_field_and_the_results_and_enter_opens_one_with_its_words_marked()
    {
        const string Items = "#search-results [data-search-link], #search-results [data-search-more]";
        await GoAsync(Page, SearchPage.Path);
        await Page.TypeAsync("#search-input", "kontrakten");
        Assert.True(await SettledSearchAsync(Page, "kontrakten") > 2, $"{Engine}: too few results to move between");

        await Page.PressAsync("ArrowDown");
        await Page.WaitForFocusAsync(Items, 0);
        await Page.PressAsync("ArrowDown");
        await Page.WaitForFocusAsync(Items, 1);
        await Page.PressAsync("ArrowUp");
        await Page.WaitForFocusAsync(Items, 0);
        await Page.PressAsync("ArrowUp");
        await Page.WaitForFocusAsync("#search-input");
        // Tab keeps its ordinary order: from the field to the submit button, not into the results.
        await Page.PressAsync("Tab");
        await Page.WaitForFocusAsync("[data-search-form] button[type=submit]");

        await Page.EvaluateAsync("() => document.querySelector('#search-input').focus()");
        await Page.PressAsync("ArrowDown");
        await Page.WaitForFocusAsync(Items, 0);
        var first = (await ListedResultsAsync(Page))[0];
        await Page.PressAsync("Enter");

        await Page.WaitForAsync($"{first} to open with the words to mark", "(path) => location.pathname === path && new URLSearchParams(location.search).has('fremhaev')", first);
        var marked = await Page.WaitForAsync<string[]>("the matched words to be marked", """
            () => [...document.querySelectorAll('main mark.pagefind-highlight')].filter(m => m.getClientRects().length > 0).map(m => m.textContent.toLowerCase())
            """, marks => marks.Length > 0);
        Assert.Contains(marked, word => word.StartsWith("kontrakt", StringComparison.Ordinal));
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => document.querySelectorAll('header mark, footer mark, nav mark, [data-progress] mark').length"));
    }

    [Fact]
    public async Task The_header_search_opens_the_search_page_with_the_query()
    {
        await GoAsync(Page, RealContent.FirstPage);

        await Page.TypeAsync("#header-search", "business case");
        await Page.PressAsync("Enter");

        Assert.True(await SettledSearchAsync(Page, "business case") > 0, $"{Engine}: no results");
        Assert.EndsWith("/soeg/?q=business+case", await Page.UrlAsync(), StringComparison.Ordinal);
        Assert.Equal("business case", await Page.ValueAsync("#search-input"));
    }

    [Fact]
    public async Task Export_then_replace_in_another_browser_gives_exactly_the_exported_items_and_plan()
    {
        const string Plan = """{"schema":1,"site":"drejebog.netlify.app","plan":{"municipality":"Odense Kommune","start":"2026-01-05","updated":"2026-02-01T10:00:00.000Z"}}""";
        await GoAsync(Page, ProgressPage);
        await Page.EvaluateAsync("(key, value) => { localStorage.setItem(key, value); return true; }", PlanKey, Plan);
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await TickAsync(Page, RealContent.SecondPage, SecondDeliverable);
        await GoAsync(Page, ProgressPage);

        await Page.ClickAsync("[data-export]");

        var download = await Page.WaitForAsync<Download[]>("the export's download", "() => Promise.all(window.__downloads.map(async d => ({ Name: d.name, Text: await d.blob.text() })))", d => d.Length > 0);
        var exported = Assert.Single(download);
        Assert.EndsWith(".json", exported.Name, StringComparison.Ordinal);
        Assert.Equal(Sets.Of(FirstDeliverable, SecondDeliverable), DoneItems(exported.Text, $"{Engine}: the export"));
        Assert.Contains("\"municipality\": \"Odense Kommune\"", exported.Text, StringComparison.Ordinal);

        var (_, other) = await NewBrowserAsync();
        await TickAsync(other, RealContent.SecondPage, ThirdDeliverable);
        await GoAsync(other, ProgressPage);
        await other.ClickAsync("input[type=radio][name=import-mode][value=replace]");
        await other.ChooseFileAsync("#import-file", exported.Name, exported.Text);
        await other.WaitForAsync("the import's confirmation", "sel => !!document.querySelector(sel)?.getClientRects().length", "[data-import-apply]");
        Assert.Equal(Sets.Of(ThirdDeliverable), await StoredDoneAsync(other));
        await other.ClickAsync("[data-import-apply]");

        await WaitForStoredDoneAsync(other, FirstDeliverable, SecondDeliverable);
        Assert.Equal("", await other.TextAsync("[data-import-error]"));
        Assert.Equal(Plan, await other.StoredAsync(PlanKey));
        await GoAsync(other, RealContent.SecondPage);
        await WaitForCheckedAsync(other, SecondDeliverable, true);
        await WaitForCheckedAsync(other, ThirdDeliverable, false);
    }

    [Fact]
    public async Task The_status_report_counts_the_ticks_lists_what_remains_and_keeps_both_after_a_reload()
    {
        // 1.1 (one deliverable) ticked is Færdig; one of 1.2's two is I gang.
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await TickAsync(Page, RealContent.SecondPage, SecondDeliverable);
        var expected = $"1/1/{FirstPhaseMilestones - 2}/0 remaining {RealContent.Milestones.Sum(m => m.Deliverables.Count) - 2}, first shown: false";

        await GoAsync(Page, ReportPage);
        await WaitForReportAsync(Page, expected);
        await Page.ReloadAsync();
        await WaitForReportAsync(Page, expected);

        Assert.True(await Page.IsShownAsync("[data-report-print]"), $"{Engine}: no print button");
        Assert.True(await Page.IsShownAsync($"[data-report-deliverable=\"{ThirdDeliverable}\"]"), $"{Engine}: 1.2's unticked deliverable is not listed as remaining");
    }

    /// <summary>Waits until the first phase's row and the list of what remains say <paramref name="expected"/>.</summary>
    private static Task<string> WaitForReportAsync(Tab tab, string expected) =>
        tab.WaitForAsync<string>($"the status report to say {expected}", """
            (phase, first) => {
              const row = document.querySelector(`tr[data-report-phase="${phase}"]`);
              if (!row) return 'no phase row';
              const count = (status) => row.querySelector(`[data-count="${status}"]`)?.textContent;
              const remaining = [...document.querySelectorAll('[data-report-deliverable]')].filter(e => e.getClientRects().length > 0).length;
              const shown = !!document.querySelector(`[data-report-deliverable="${first}"]`)?.getClientRects().length;
              return `${count('faerdig')}/${count('i-gang')}/${count('ikke-startet')}/${count('overskredet')} remaining ${remaining}, first shown: ${shown}`;
            }
            """, state => state == expected, RealContent.FirstPhase, FirstDeliverable);

    [Fact]
    public async Task A_share_link_opens_read_only_in_another_browser_merges_after_confirmation_and_a_cut_one_is_refused()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(Page, ProgressPage);
        await Page.TypeAsync("#share-sender", "Anne");
        await Page.ClickAsync("[data-share-make]");
        var link = new Uri(await Page.WaitForAsync<string>("the share link", "sel => document.querySelector(sel)?.value ?? ''", value => value.Contains("/del/#v1.z.", StringComparison.Ordinal), "#share-link"));
        var shared = link.AbsolutePath + link.Fragment;

        var (_, other) = await NewBrowserAsync();
        await TickAsync(other, RealContent.SecondPage, ThirdDeliverable);
        await GoAsync(other, shared);

        await other.WaitForAsync<string>("the sender", "sel => document.querySelector(sel)?.textContent ?? ''", text => text == "Anne", "[data-share-sender]");
        await other.WaitForAsync<string>("the ticked deliverable by its text", "sel => document.querySelector(sel)?.textContent ?? ''", text => text == RealContent.First.Deliverables[0].Text, $"[data-share-ticked=\"{FirstDeliverable}\"]");
        Assert.Equal(Sets.Of(ThirdDeliverable), await StoredDoneAsync(other));
        await other.ClickAsync("[data-share-merge]");
        await other.WaitForAsync("the merge's confirmation", "sel => !!document.querySelector(sel)?.getClientRects().length", "[data-share-apply]");
        Assert.Equal(Sets.Of(ThirdDeliverable), await StoredDoneAsync(other));
        await other.ClickAsync("[data-share-apply]");
        await WaitForStoredDoneAsync(other, FirstDeliverable, ThirdDeliverable);

        // Cut short, as a mail program may leave it: refused, and nothing changes.
        await GoAsync(other, ProgressPage);
        await GoAsync(other, shared[..^12]);
        await other.WaitForAsync<string>("the damaged link's message", "sel => document.querySelector(sel)?.textContent ?? ''", text => text.Contains("beskadiget", StringComparison.Ordinal), "[data-share-error] [data-share-reason=damaged]");
        Assert.Equal(Sets.Of(FirstDeliverable, ThirdDeliverable), await StoredDoneAsync(other));
    }

    [Theory]
    [MemberData(nameof(StorageFailureTests.RefusingStorage), MemberType = typeof(StorageFailureTests))]
    public async Task When_storage_refuses_the_page_says_so_and_ticking_and_the_role_picker_still_work(string what, string script)
    {
        site.Harness.Reset(script);
        await GoAsync(Page, RealContent.FirstPhasePage);

        await Page.WaitForAsync($"the storage notice ({what})", "sel => { const e = document.querySelector(sel); return !!e && e.getClientRects().length > 0 && e.textContent.trim() !== ''; }", "[data-storage-notice]");
        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForCheckedAsync(Page, FirstDeliverable, true);
        await WaitForTextAsync(Page, "the phase's progress to count the tick", $"[data-progress=\"phase:{RealContent.FirstPhase}\"]", $"1 af {FirstPhaseMilestones}");
        await Page.SelectAsync("[data-role-picker] select#role-select", "systemejer");
        var expected = RealContent.MilestonesWithRole("systemejer", RealContent.FirstPhase);
        Assert.Equal(expected, await WaitForShownMilestonesAsync(Page, expected.Count));
    }

    [Fact]
    public async Task An_unreadable_stored_progress_is_set_aside_under_a_key_the_notice_names_and_new_ticks_are_saved()
    {
        const string Damaged = "{\"schema\":1,\"items\":";
        await GoAsync(Page, "/om-drejebogen/");
        await Page.EvaluateAsync("(key, value) => localStorage.setItem(key, value)", ProgressKey, Damaged);

        await GoAsync(Page, RealContent.FirstPage);

        var setAside = await Page.WaitForAsync<string?>("the damaged progress to be set aside", """
            (key, value) => Object.keys(localStorage).find((k) => k.startsWith(`${key}:beskadiget:`) && localStorage.getItem(k) === value) ?? null
            """, key => key is not null, ProgressKey, Damaged);
        await Page.WaitForAsync<string>("the notice to name where it is", "sel => document.querySelector(sel)?.textContent ?? ''",
            text => text.Contains(setAside!, StringComparison.Ordinal), "[data-storage-notice] [data-notice-reason=damaged]");
        Assert.Null(await Page.StoredAsync(ProgressKey));

        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));

        await WaitForStoredDoneAsync(Page, FirstDeliverable);
        Assert.Equal(Damaged, await Page.StoredAsync(setAside!));
    }

    [Fact]
    public async Task Reset_on_the_progress_page_keeps_everything_when_cancelled_and_empties_it_only_after_yes()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(Page, "/fremskridt/");
        await WaitForTextAsync(Page, "the overview to count the tick", "[data-progress=overall] .progress-detail", "1 af ", atStart: true);

        await Page.ClickAsync("[data-reset]");
        await Page.ClickAsync("[data-reset-cancel]");

        await WaitForTextAsync(Page, "the page to say nothing changed", "[data-transfer-status]", "Intet er ændret");
        await WaitForStoredDoneAsync(Page, FirstDeliverable);
        Assert.StartsWith("1 af ", await Page.TextAsync("[data-progress=overall] .progress-detail"), StringComparison.Ordinal);
        await Page.ClickAsync("[data-reset]");
        await Page.ClickAsync("[data-reset-apply]");

        await WaitForStoredDoneAsync(Page);
        await WaitForTextAsync(Page, "the overview to show no ticks", "[data-progress=overall] .progress-detail", "0 af ", atStart: true);
    }

    [Fact]
    public async Task Dates_set_on_the_plan_page_survive_a_reload_go_into_the_calendar_file_and_show_on_a_milestone_page()
    {
        var start = new DateOnly(2026, 1, 5);
        var deadline = new DateOnly(2026, 5, 29);
        await GoAsync(Page, PlanPage);

        await Page.FillAsync("#plan-start", PlanDates.Iso(start));
        await Page.FillAsync("#plan-fase-planlaegning", PlanDates.Iso(deadline));

        await Page.WaitForAsync("the plan to be stored", "(key, date) => (localStorage.getItem(key) ?? '').includes(date)", PlanKey, PlanDates.Iso(deadline));
        await Page.ReloadAsync();
        await Page.WaitForAsync<string?>("the deadline to be in its field again", "sel => document.querySelector(sel)?.value ?? null", value => value == PlanDates.Iso(deadline), "#plan-fase-planlaegning");
        Assert.Equal(PlanDates.Iso(start), await Page.ValueAsync("#plan-start"));
        await Page.ClickAsync("[data-plan-ics]");
        var calendar = Assert.Single(await Page.WaitForAsync<Download[]>("the calendar's download", "() => Promise.all(window.__downloads.map(async d => ({ Name: d.name, Text: await d.blob.text() })))", d => d.Length > 0));
        Assert.Equal("drejebog-plan.ics", calendar.Name);
        Assert.Contains($"DTSTART;VALUE=DATE:{deadline:yyyyMMdd}", calendar.Text, StringComparison.Ordinal);

        await GoAsync(Page, RealContent.FirstPage);
        var target = PlanDates.Target(RealContent.First.Id, start, new Dictionary<string, DateOnly> { [RealContent.FirstPhase] = deadline });
        var line = await Page.WaitForAsync<string?>("the milestone's target from the plan", "sel => document.querySelector(sel)?.textContent.replace(/\\s+/g, ' ') ?? null",
            text => text?.Contains("jeres datoer", StringComparison.Ordinal) == true, "[data-plan-target-line]");
        Assert.Contains($"Mål: {PlanDates.Danish(target)} (fordelt jævnt i fasen ud fra jeres datoer)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_before_the_start_is_refused_in_danish_and_nothing_is_saved()
    {
        await GoAsync(Page, PlanPage);
        await Page.FillAsync("#plan-start", "2026-01-05");
        await Page.WaitForAsync("the start to be stored", "key => (localStorage.getItem(key) ?? '').includes('2026-01-05')", PlanKey);
        var before = await Page.StoredAsync(PlanKey);

        await Page.FillAsync("#plan-fase-planlaegning", "2025-12-01");

        var error = await Page.WaitForAsync<string?>("the error next to the field", "sel => document.querySelector(sel)?.textContent ?? null", text => text is not null,
            "[data-plan-group=\"phase:planlaegning\"] [data-plan-error]");
        Assert.Equal("Fejl: Fristen for fase 1 skal ligge efter startdatoen (5. januar 2026).", error);
        Assert.Equal("true", await Page.EvaluateAsync<string?>("() => document.querySelector('#plan-fase-planlaegning').getAttribute('aria-invalid')"));
        Assert.Equal(before, await Page.StoredAsync(PlanKey));
    }

    [Fact]
    public async Task A_milestone_past_the_teams_date_is_marked_overdue_until_it_is_done()
    {
        var late = PlanDates.TodayInCopenhagen().AddDays(-2);
        await GoAsync(Page, "/om-drejebogen/");
        await Page.EvaluateAsync("(key, value) => localStorage.setItem(key, value)", PlanKey,
            PlanDates.Stored(new { start = PlanDates.Iso(late.AddDays(30)), milestones = new Dictionary<string, string> { [RealContent.First.Id] = PlanDates.Iso(late) } }));

        await GoAsync(Page, RealContent.FirstPage);

        await Page.WaitForAsync("the overdue mark", "sel => document.querySelector(sel)?.textContent === 'Overskredet'", "[data-plan-target-line][data-overdue] [data-overdue-mark]");
        await Page.ClickAsync(CheckboxSelector(FirstDeliverable));
        await Page.WaitForAsync("the overdue mark to go", "sel => !document.querySelector(sel)", "[data-overdue]");
    }

    /// <summary>Every kind of page, with the query whose search must settle first (or none).</summary>
    private static readonly (string Path, string? Query)[] EveryKindOfPage =
    [
        ("/", null),
        ("/?rolle=systemejer", null),
        (RealContent.FirstPhasePage, null),
        ("/faser/implementering/", null),
        ("/om-drejebogen/", null),
        (RealContent.FirstPage, null),
        (RealContent.FirstPage + "?rolle=systemejer", null),
        ("/roller/programleder/", null),
        ("/roller/systemejer/", null),
        ("/milepaele/", null),
        ("/organisering/", null),
        (ProgressPage, null),
        (PlanPage, null),
        (ReportPage, null),
        (SharedStatusPage, null),
        ("/ansvar/", null),
        // The whole playbook is left to the Chromium page tests (axe, CSP, no JavaScript, the PDF):
        // axe over every section of it in three engines and two widths would cost CI a minute.
        ("/ordliste/", null),
        ("/ordliste/gap-analyse/", null),
        (SearchPage.Path, null),
        ("/soeg/?q=business", "business"),
        ("/soeg/?q=kontrakt&fase=indkoeb&rolle=programleder&ansvar=ansvarlig", "kontrakt"),
        ("/soeg/?q=fejring&fase=indkoeb", "fejring"),
    ];

    [Fact]
    public async Task Every_kind_of_page_works_under_the_csp_with_nothing_blocked()
    {
        var failures = new List<string>();
        foreach (var (path, query) in EveryKindOfPage)
        {
            await OpenSettledAsync(path, query);
            var sheets = await Page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.sheet ? l.sheet.cssRules.length : -1)");
            if (sheets.Length == 0 || sheets.Any(rules => rules <= 0))
            {
                failures.Add($"{path}: a stylesheet did not load ({string.Join(", ", sheets)} rules)");
            }
            var fonts = await Page.EvaluateAsync<string[]>("async () => { await document.fonts.ready; return [...document.fonts].filter(f => f.status === 'error').map(f => `${f.family} ${f.weight}`); }");
            failures.AddRange(fonts.Select(font => $"{path}: the font {font} failed"));
        }

        // Pagefind's WebAssembly ran under 'wasm-unsafe-eval' (the searches settled), and the harness
        // heard of no CSP violation, error or failed load on any page.
        Assert.True(failures.Count == 0, $"{Engine}:\n{string.Join('\n', failures)}");
        Assert.Empty(site.Harness.Problems);
    }

    [Fact]
    public async Task The_harness_reports_a_csp_violation()
    {
        // Guards the test above: in this engine a blocked inline style does reach the harness.
        await GoAsync(Page, "/");

        await Page.EvaluateAsync("() => { const style = document.createElement('style'); style.textContent = 'body { color: red; }'; document.head.append(style); }");

        await Page.WaitForAsync("the violation event", "() => new Promise(resolve => setTimeout(() => resolve(true), 0))");
        Assert.Contains(site.Harness.Problems, p => p.StartsWith("CSP violation: style-src", StringComparison.Ordinal));
        site.Harness.Reset();
    }

    // 480 px is a phone: below every breakpoint of site.css and dkfds (the smallest is 576 px), and
    // within what WebKit's MiniBrowser allows (its window is at least about 450 px wide).
    [Theory]
    [InlineData(1280)]
    [InlineData(480)]
    public async Task Every_kind_of_page_has_no_accessibility_violations(int width)
    {
        await Page.SetViewportAsync(width, 900);
        var violations = new List<string>();
        foreach (var (path, query) in EveryKindOfPage)
        {
            await OpenSettledAsync(path, query);
            Assert.Equal(width, await Page.EvaluateAsync<int>("() => document.documentElement.clientWidth + (innerWidth - document.documentElement.clientWidth)"));
            var result = await Page.EvaluateAsync<AxeSummary>("""
                async (src, tags) => {
                  if (!window.axe) await new Promise((resolve, reject) => {
                    const script = document.createElement('script');
                    script.src = src;
                    script.onload = resolve;
                    script.onerror = () => reject(new Error('axe did not load'));
                    document.head.append(script);
                  });
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                  return {
                    Passes: result.passes.length,
                    Violations: result.violations.map(v => `[${v.impact}] ${v.id}: ${v.help}\n` + v.nodes.map(n => `    at ${n.target.join(' ')}: ${n.html}\n      ${n.failureSummary}`).join('\n')),
                  };
                }
                """, EngineHarness.AxePath, Axe.Tags);
            Assert.True(result.Passes > 0, $"{Engine}: axe found nothing to check on {path}");
            violations.AddRange(result.Violations.Select(v => $"{path}: {v}"));
        }

        Assert.True(violations.Count == 0, $"{Engine}, {width} px wide: {violations.Count} accessibility violation(s):\n{string.Join('\n', violations)}");
    }

    private async Task OpenSettledAsync(string path, string? query)
    {
        await GoAsync(Page, path);
        if (query is not null)
        {
            Assert.True(await SettledSearchAsync(Page, query) >= 0, $"{Engine}: the search on {path} did not settle");
        }
    }

    private async Task<(IBrowserProfile Profile, Tab Tab)> NewBrowserAsync()
    {
        var fresh = await site.Engine.NewProfileAsync();
        profiles.Add(fresh);
        return (fresh, await TabOfAsync(fresh));
    }

    private Task<Tab> NewTabAsync() => TabOfAsync(profile ?? throw new InvalidOperationException("No browser yet."));

    private async Task<Tab> TabOfAsync(IBrowserProfile of)
    {
        var tab = new Tab(await of.NewTabAsync(), site.BaseAddress, Engine);
        // The same desktop window in every engine (their defaults differ).
        await tab.SetViewportAsync(1280, 900);
        return tab;
    }

    /// <summary>
    /// Loads a site path and waits until the new document is the one scripts reach (an engine may
    /// answer a navigation early; the page being left is marked first), the harness ran in it, and
    /// its modules have finished their first render (site.js marks the document; the progress page
    /// moves its buttons when the content index arrives). Pages may add `?rolle=` themselves, so
    /// only the path is compared.
    /// </summary>
    private async Task GoAsync(Tab tab, string path)
    {
        await tab.EvaluateAsync("() => { window.__pageBeingLeft = true; }");
        await tab.GoAsync(path);
        var pathname = path.Split('?', '#')[0];
        await tab.WaitForAsync<string>($"{path} to be the page shown", """
            want => window.__pageBeingLeft ? `still on the page before, ${location.pathname}`
              : location.pathname !== want ? `at ${location.pathname}`
              : document.readyState !== 'complete' ? `the page is ${document.readyState}` : 'yes'
            """, state => state == "yes", pathname);
        Assert.True(await tab.EvaluateAsync<bool>("() => Array.isArray(window.__downloads)"), $"{Engine}: the engine harness did not run on {path}");
        await tab.WaitForAsync($"the scripts of {path} to settle", "sel => !!document.querySelector(sel)", Settled);
    }

    private async Task TickAsync(Tab tab, string path, string deliverable)
    {
        await GoAsync(tab, path);
        await tab.ClickAsync(CheckboxSelector(deliverable));
        await WaitForCheckedAsync(tab, deliverable, true);
    }

    /// <summary>Waits until the element's text contains <paramref name="text"/> (or, <paramref name="atStart"/>, begins with it).</summary>
    private static Task WaitForTextAsync(Tab tab, string what, string selector, string text, bool atStart = false) =>
        tab.WaitForAsync(what, "(sel, text, atStart) => { const t = document.querySelector(sel)?.textContent; return t !== undefined && (atStart ? t.startsWith(text) : t.includes(text)); }",
            selector, text, atStart);

    private static string CheckboxSelector(string deliverable) => $"input[type=checkbox][data-deliverable=\"{deliverable}\"]";

    private static async Task WaitForCheckedAsync(Tab tab, string deliverable, bool ticked) =>
        await tab.WaitForAsync<bool?>($"{deliverable} to be {(ticked ? "ticked" : "unticked")}", "sel => document.querySelector(sel)?.checked ?? null", value => value == ticked, CheckboxSelector(deliverable));

    private static async Task<SortedSet<string>> StoredDoneAsync(Tab tab)
    {
        var stored = await tab.StoredAsync(ProgressKey);
        return stored is null ? new SortedSet<string>(StringComparer.Ordinal) : DoneItems(stored, "stored progress");
    }

    private static async Task WaitForStoredDoneAsync(Tab tab, params string[] ids)
    {
        var expected = Sets.Of(ids);
        var stored = await tab.WaitForAsync<string?>($"the stored progress to hold exactly {string.Join(", ", ids)}", "key => localStorage.getItem(key)",
            value => (value is null ? [] : DoneItems(value, "stored progress")).SetEquals(expected), ProgressKey);
        Assert.Equal(expected, stored is null ? [] : DoneItems(stored, "stored progress"));
    }

    private const string ShownMilestones = """
        () => [...document.querySelectorAll('[data-milestone-item]')]
          .filter(e => e.getClientRects().length > 0).map(e => e.dataset.milestoneItem)
        """;

    private static async Task<SortedSet<string>> ShownMilestonesAsync(Tab tab) =>
        new(await tab.EvaluateAsync<string[]>(ShownMilestones), StringComparer.Ordinal);

    private static async Task<SortedSet<string>> WaitForShownMilestonesAsync(Tab tab, int count) =>
        new(await tab.WaitForAsync<string[]>($"{count} milestones to be shown", ShownMilestones, shown => shown.Length == count), StringComparer.Ordinal);

    /// <summary>Waits until the search for <paramref name="query"/> has answered (docs/browser.md's contract) and returns the total.</summary>
    private static Task<int> SettledSearchAsync(Tab tab, string query) =>
        tab.WaitForAsync<int>($"the search for »{query}«", """
            q => {
              const results = document.querySelector('#search-results');
              if (!results || results.getAttribute('aria-busy') === 'true' || results.dataset.query !== q) return -1;
              return Number(results.dataset.count);
            }
            """, total => total >= 0, query.Trim());

    private static async Task<string[]> ListedResultsAsync(Tab tab) =>
        await tab.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-result-title a')].map(a => decodeURI(new URL(a.href).pathname))");

    private sealed record Download(string Name, string Text);

    private sealed record AxeSummary(int Passes, string[] Violations);
}

/// <summary>The core flows in Chromium (Playwright over CDP), beside the deeper Chromium-only tests.</summary>
public sealed class ChromiumCoreFlows(ChromiumSite site) : CoreFlows(site), IClassFixture<ChromiumSite>;

/// <summary>The core flows in Firefox ESR over WebDriver BiDi.</summary>
public sealed class FirefoxCoreFlows(FirefoxSite site) : CoreFlows(site), IClassFixture<FirefoxSite>;

/// <summary>The core flows in WebKitGTK over W3C WebDriver.</summary>
public sealed class WebKitCoreFlows(WebKitSite site) : CoreFlows(site), IClassFixture<WebKitSite>;
