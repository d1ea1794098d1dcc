using System.Text.Json;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;
using static Drejebog.Site.BrowserTests.Support.PlanDates;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// /plan/ "Jeres plan": the team's dates are saved as they are typed, refused with a Danish message
/// next to the field when they cannot be right, and shown on the phase plan, milestone and role
/// pages with words saying they are the team's; a milestone past its date with work left is
/// "Overskredet". The expected dates are worked out from the input files (<see cref="PlanDates"/>).
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class PlanTests(SiteFixture site) : BrowserTest(site)
{
    private const string PlanPage = "/plan/";
    private static readonly DateOnly OwnStart = new(2026, 1, 5);
    private static readonly InputMilestone First = RealContent.First;
    private static readonly InputMilestone Second = RealContent.Second;

    private ILocator Status => Page.Locator("[data-plan-status]");

    private ILocator Field(string key) => Page.Locator($"[data-plan-field=\"{key}\"]");

    private ILocator Error(string key) => Page.Locator($"[data-plan-group=\"{key}\"] [data-plan-error]");

    [Fact]
    public async Task Dates_typed_on_the_plan_page_are_saved_at_once_and_are_there_after_a_reload()
    {
        await GoAsync(PlanPage);

        await Field("municipality").FillAsync("  Odense Kommune ");
        await Field("municipality").PressAsync("Tab");
        await Expect(Status).ToContainTextAsync("Gemt");
        await Field("start").FillAsync(Iso(OwnStart));
        await Expect(Status).ToContainTextAsync($"Gemt. Startdato: {Danish(OwnStart)}");
        await Field("phase:planlaegning").FillAsync("2026-04-30");
        await Expect(Status).ToContainTextAsync("Frist for fase 1");

        var plan = await StoredPlanAsync();
        Assert.Equal("Odense Kommune", plan.GetProperty("municipality").GetString());
        Assert.Equal(Iso(OwnStart), plan.GetProperty("start").GetString());
        Assert.Equal("2026-04-30", plan.GetProperty("phases").GetProperty("planlaegning").GetString());
        Assert.True(DateTimeOffset.TryParse(plan.GetProperty("updated").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));

        await Page.ReloadAsync();
        await Expect(Field("municipality")).ToHaveValueAsync("Odense Kommune");
        await Expect(Field("start")).ToHaveValueAsync(Iso(OwnStart));
        await Expect(Field("phase:planlaegning")).ToHaveValueAsync("2026-04-30");
        await Expect(Field("phase:indkoeb")).ToHaveValueAsync("");

        // Emptying a field removes the date: the site uses the default again.
        await Field("phase:planlaegning").FillAsync("");
        await Expect(Status).ToContainTextAsync("tomt felt");
        Assert.False((await StoredPlanAsync()).TryGetProperty("phases", out var phases) && phases.TryGetProperty("planlaegning", out _));
    }

    [Fact]
    public async Task Dates_typed_before_the_content_index_has_arrived_stay_in_their_fields_and_are_saved_when_it_does()
    {
        await StorePlanAsync(new { municipality = "Odense Kommune" });
        var release = await HoldContentIndexAsync();
        await GoAsync(PlanPage, settle: false);
        await Field("start").FillAsync(Iso(OwnStart));
        Assert.Null(await Page.Locator("html").GetAttributeAsync("data-settled"));

        release.SetResult();

        await Expect(Page.Locator("html[data-settled]")).ToHaveCountAsync(1);
        await Expect(Status).ToContainTextAsync($"Gemt. Startdato: {Danish(OwnStart)}");
        await Expect(Field("start")).ToHaveValueAsync(Iso(OwnStart));
        await Expect(Field("municipality")).ToHaveValueAsync("Odense Kommune");
        // The hints already count with the new start.
        await Expect(Page.Locator("[data-plan-hint=\"phase:indkoeb\"]")).ToContainTextAsync(Danish(Deadline("indkoeb", OwnStart)));
        var plan = await StoredPlanAsync();
        Assert.Equal(Iso(OwnStart), plan.GetProperty("start").GetString());
        Assert.Equal("Odense Kommune", plan.GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task A_name_still_being_typed_when_the_content_index_arrives_stays_and_is_saved_when_the_field_is_left()
    {
        await StorePlanAsync(new { municipality = "Aarhus Kommune" });
        var release = await HoldContentIndexAsync();
        await GoAsync(PlanPage, settle: false);
        await Field("municipality").PressSequentiallyAsync("Odense Kom");

        release.SetResult();

        await Expect(Page.Locator("html[data-settled]")).ToHaveCountAsync(1);
        await Expect(Field("municipality")).ToHaveValueAsync("Odense Kom");
        await Expect(Field("municipality")).ToBeFocusedAsync();
        await Field("municipality").PressSequentiallyAsync("mune");
        await Field("municipality").PressAsync("Tab");

        await Expect(Status).ToContainTextAsync("Gemt. Kommunens navn");
        Assert.Equal("Odense Kommune", (await StoredPlanAsync()).GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task Two_fields_typed_before_the_content_index_has_arrived_are_saved_together_and_both_are_named()
    {
        var release = await HoldContentIndexAsync();
        await GoAsync(PlanPage, settle: false);
        await Field("municipality").FillAsync("Odense Kommune");
        await Field("start").FillAsync(Iso(OwnStart));
        await Field("start").BlurAsync();

        release.SetResult();

        await Expect(Status).ToContainTextAsync("Gemt: Kommunens navn, Startdato.");
        var plan = await StoredPlanAsync();
        Assert.Equal("Odense Kommune", plan.GetProperty("municipality").GetString());
        Assert.Equal(Iso(OwnStart), plan.GetProperty("start").GetString());
    }

    [Fact]
    public async Task A_date_typed_while_the_content_index_cannot_be_fetched_is_said_to_be_unsaved()
    {
        var release = await HoldContentIndexAsync(failWith: 503);
        // The browser logs the failed fetch as a console error; this test is about that failure.
        Problems.Expect(problem => problem.Contains("status of 503", StringComparison.Ordinal) && problem.Contains("/data/drejebog.json", StringComparison.Ordinal));
        await GoAsync(PlanPage, settle: false);
        await Field("start").FillAsync(Iso(OwnStart));

        release.SetResult();

        await Expect(Status).ToContainTextAsync("Det, I nåede at skrive, er ikke gemt.");
        await Expect(Field("start")).ToBeDisabledAsync();
        Assert.Null(await StoredAsync(Page, PlanKey));
    }

    [Fact]
    public async Task The_hints_say_which_date_the_site_uses_for_an_empty_field()
    {
        await GoAsync(PlanPage);
        var phaseHint = Page.Locator("[data-plan-hint=\"phase:indkoeb\"]");
        var milestoneHint = Page.Locator($"[data-plan-hint=\"milestone:{First.Id}\"]");
        await Expect(phaseHint).ToContainTextAsync("drejebogens frist");
        await Expect(milestoneHint).ToContainTextAsync($"{Danish(Target(First.Id, null))} (fordelt jævnt i fasen ud fra drejebogens datoer)");

        await Field("start").FillAsync(Iso(OwnStart));

        await Expect(phaseHint).ToContainTextAsync($"{Danish(Deadline("indkoeb", OwnStart))} (drejebogens frist flyttet med jeres startdato)");
        await Expect(milestoneHint).ToContainTextAsync($"{Danish(Target(First.Id, OwnStart))} (fordelt jævnt i fasen ud fra jeres datoer)");
    }

    [Fact]
    public async Task A_deadline_before_the_start_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        await GoAsync(PlanPage);
        await Field("start").FillAsync(Iso(OwnStart));
        await Expect(Status).ToContainTextAsync("Gemt");
        var before = await StoredAsync(Page, PlanKey);

        await Field("phase:planlaegning").FillAsync("2025-12-01");

        await Expect(Error("phase:planlaegning")).ToHaveTextAsync($"Fejl: Fristen for fase 1 skal ligge efter startdatoen ({Danish(OwnStart)}).");
        await Expect(Page.Locator("[data-plan-group=\"phase:planlaegning\"]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bform-error\b"));
        await Expect(Field("phase:planlaegning")).ToHaveAttributeAsync("aria-invalid", "true");
        var errorId = await Error("phase:planlaegning").GetAttributeAsync("id");
        Assert.Contains(errorId!, (await Field("phase:planlaegning").GetAttributeAsync("aria-describedby"))!.Split(' '));
        await Expect(Status).ToContainTextAsync("Ændringen er ikke gemt. Ret fejlen ved »Frist for fase 1: Planlægning«.");
        Assert.Equal(before, await StoredAsync(Page, PlanKey));

        await Field("phase:planlaegning").FillAsync("2026-05-01");

        await Expect(Error("phase:planlaegning")).ToHaveCountAsync(0);
        await Expect(Field("phase:planlaegning")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Status).ToContainTextAsync("Gemt");
        Assert.Equal("2026-05-01", (await StoredPlanAsync()).GetProperty("phases").GetProperty("planlaegning").GetString());
    }

    [Fact]
    public async Task A_phase_deadline_before_the_previous_phases_is_refused()
    {
        await GoAsync(PlanPage);
        await Field("start").FillAsync(Iso(OwnStart));
        await Field("phase:planlaegning").FillAsync("2026-06-01");
        await Expect(Status).ToContainTextAsync("Frist for fase 1");

        await Field("phase:indkoeb").FillAsync("2026-05-01");

        await Expect(Error("phase:indkoeb")).ToContainTextAsync("Fristen for fase 2 skal ligge efter fristen for fase 1 (1. juni 2026).");
        Assert.False((await StoredPlanAsync()).GetProperty("phases").TryGetProperty("indkoeb", out _));
    }

    [Fact]
    public async Task A_stored_plan_whose_deadlines_clash_is_shown_with_the_error_at_once()
    {
        // validatePlan checks each date, not their order, so an import can bring such a plan.
        await StorePlanAsync(new { start = Iso(OwnStart), phases = new Dictionary<string, string> { ["planlaegning"] = "2026-06-01", ["indkoeb"] = "2026-05-01" } });

        await GoAsync(PlanPage);

        await Expect(Field("phase:indkoeb")).ToHaveValueAsync("2026-05-01");
        await Expect(Error("phase:indkoeb")).ToContainTextAsync("Fristen for fase 2 skal ligge efter fristen for fase 1 (1. juni 2026).");
        await Expect(Page.Locator("[data-plan-error]")).ToHaveCountAsync(1);

        await Field("phase:indkoeb").FillAsync("2026-09-01");

        await Expect(Page.Locator("[data-plan-error]")).ToHaveCountAsync(0);
        Assert.Equal("2026-09-01", (await StoredPlanAsync()).GetProperty("phases").GetProperty("indkoeb").GetString());
    }

    [Theory]
    [InlineData("start", "1999-12-31")]
    [InlineData("start", "2101-01-01")]
    [InlineData("milestone:ejerskab-og-ressourcer", "2200-05-01")]
    public async Task A_date_out_of_range_is_refused_and_nothing_is_saved(string key, string value)
    {
        await GoAsync(PlanPage);
        if (key.StartsWith("milestone:", StringComparison.Ordinal))
        {
            await Page.Locator("details[data-plan-phase=\"planlaegning\"] > summary").ClickAsync();
        }

        await Field(key).FillAsync(value);

        await Expect(Error(key)).ToContainTextAsync("Skriv en gyldig dato mellem 1. januar 2000 og 31. december 2100.");
        Assert.Null(await StoredAsync(Page, PlanKey));
    }

    [Fact]
    public async Task Nulstil_asks_first_and_then_empties_the_plan()
    {
        await StorePlanAsync(new { municipality = "Odense Kommune", start = Iso(OwnStart), phases = new Dictionary<string, string> { ["indkoeb"] = "2026-09-01" } });
        await GoAsync(PlanPage);
        await Expect(Field("phase:indkoeb")).ToHaveValueAsync("2026-09-01");
        var before = await StoredAsync(Page, PlanKey);

        await Page.Locator("[data-plan-reset]").ClickAsync();
        await Expect(Page.Locator("[data-plan-reset-question]")).ToContainTextAsync("kommunens navn og alle jeres 2 datoer");
        await Page.Locator("[data-plan-reset-cancel]").ClickAsync();
        await Expect(Status).ToContainTextAsync("Intet er ændret");
        Assert.Equal(before, await StoredAsync(Page, PlanKey));

        await Page.Locator("[data-plan-reset]").ClickAsync();
        await Page.Locator("[data-plan-reset-apply]").ClickAsync();

        await Expect(Status).ToContainTextAsync("Planen er nulstillet");
        await Expect(Field("municipality")).ToHaveValueAsync("");
        await Expect(Field("phase:indkoeb")).ToHaveValueAsync("");
        await Expect(Page.Locator("[data-plan-reset]")).ToBeFocusedAsync();
        var stored = await StoredAsync(Page, PlanKey);
        if (stored is not null)
        {
            var plan = JsonDocument.Parse(stored).RootElement.GetProperty("plan");
            Assert.False(plan.TryGetProperty("start", out _) || plan.TryGetProperty("municipality", out _) || plan.TryGetProperty("phases", out _), stored);
        }
    }

    [Fact]
    public async Task A_milestone_page_shows_the_playbooks_target_until_the_team_has_dates()
    {
        await GoAsync(RealContent.FirstPage);

        var line = Page.Locator("[data-plan-target-line]");
        await Expect(line).ToContainTextAsync($"Mål: {Danish(Target(First.Id, null))} (fordelt jævnt i fasen ud fra drejebogens datoer)");
        await Expect(line.Locator("a[href='/plan/']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Milestone_pages_show_the_teams_own_and_spread_dates_with_where_they_come_from()
    {
        await StorePlanAsync(new { start = Iso(OwnStart), milestones = new Dictionary<string, string> { [First.Id] = "2026-03-14" } });

        await GoAsync(RealContent.FirstPage);
        await Expect(Page.Locator("[data-plan-target-line]")).ToContainTextAsync("Mål: 14. marts 2026 (jeres dato)");
        await Expect(Page.Locator($"time[data-plan-target=\"{First.Id}\"]")).ToHaveAttributeAsync("datetime", "2026-03-14");
        var phaseEnd = Page.Locator(".milestone-phase time[data-plan-date]");
        await Expect(phaseEnd).ToHaveTextAsync(Danish(Deadline(First.Phase, OwnStart)));
        await Expect(Page.Locator(".milestone-phase [data-plan-own]")).ToHaveTextAsync("(flyttet med jeres startdato)");

        await GoAsync(RealContent.SecondPage);
        await Expect(Page.Locator("[data-plan-target-line]")).ToContainTextAsync($"Mål: {Danish(Target(Second.Id, OwnStart))} (fordelt jævnt i fasen ud fra jeres datoer)");
    }

    [Fact]
    public async Task A_role_page_lists_each_milestone_with_the_teams_date()
    {
        var milestone = RealContent.MilestonesWithRole("systemejer").Select(RealContent.Milestone).First(m => m.Phase == "indkoeb");
        var deadlines = new Dictionary<string, DateOnly> { ["indkoeb"] = new(2026, 11, 2) };
        await StorePlanAsync(new { start = Iso(OwnStart), phases = new Dictionary<string, string> { ["indkoeb"] = "2026-11-02" } });

        await GoAsync("/roller/systemejer/");

        var target = Page.Locator($".role-milestones time[data-plan-target=\"{milestone.Id}\"]");
        await Expect(target).ToHaveTextAsync(Danish(Target(milestone.Id, OwnStart, deadlines)));
        await Expect(Page.Locator($".role-milestones li:has(time[data-plan-target=\"{milestone.Id}\"]) [data-plan-own]")).ToHaveTextAsync("(fordelt ud fra jeres datoer)");
        var phaseEnd = Page.Locator(".role-milestones time[data-plan-date=\"phase-end:indkoeb\"]");
        await Expect(phaseEnd).ToHaveTextAsync("2. november 2026");
        await Expect(Page.Locator(".role-milestones time[data-plan-date=\"phase-end:indkoeb\"] + [data-plan-marks]")).ToHaveTextAsync("(jeres dato)");
    }

    [Fact]
    public async Task The_phase_plan_lists_the_teams_dates_and_its_drawing_shows_no_playbook_dates()
    {
        await StorePlanAsync(new { start = Iso(OwnStart), phases = new Dictionary<string, string> { ["indkoeb"] = "2026-09-01" } });

        await GoAsync("/");

        var figure = Page.Locator("#faseplan-figur");
        await Expect(figure).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhas-own-dates\b"));
        await Expect(figure.Locator(".phase-plan-list time[data-plan-date=\"phase-end:planlaegning\"]")).ToHaveTextAsync(Danish(Deadline("planlaegning", OwnStart)));
        await Expect(figure.Locator(".phase-plan-list time[data-plan-date=\"phase-end:indkoeb\"]")).ToHaveTextAsync("1. september 2026");
        await Expect(figure.Locator(".phase-plan-list time[data-plan-date=\"phase-start:implementering\"]")).ToHaveTextAsync("1. september 2026");
        await Expect(figure.Locator("figcaption time[data-plan-date=start]")).ToHaveTextAsync(Danish(OwnStart));
        foreach (var label in await figure.Locator("svg .phase-plan-date, svg .phase-plan-deadline-label").AllAsync())
        {
            await Expect(label).ToBeHiddenAsync();
        }
        await Expect(figure.Locator("[data-plan-figure-note]")).ToBeVisibleAsync();
        var desc = await figure.Locator("svg desc").TextContentAsync();
        Assert.Contains($"fra {Danish(OwnStart)} til {Danish(Deadline("planlaegning", OwnStart))}", desc, StringComparison.Ordinal);
        Assert.DoesNotContain("2015", desc, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(Page, "the front page with the team's dates");
    }

    [Fact]
    public async Task A_milestone_past_its_date_with_work_left_is_overdue_in_words_until_its_deliverables_are_ticked()
    {
        // A start ahead puts every other milestone's date ahead too, so exactly one has passed.
        var today = TodayInCopenhagen();
        await StorePlanAsync(new
        {
            start = Iso(today.AddDays(10)),
            milestones = new Dictionary<string, string> { [First.Id] = Iso(today.AddDays(-3)), [Second.Id] = Iso(today) },
        });

        await GoAsync(RealContent.FirstPhasePage);
        var firstItem = Page.Locator($"[data-milestone-item=\"{First.Id}\"]");
        await Expect(firstItem).ToHaveAttributeAsync("data-overdue", "");
        await Expect(firstItem.Locator("[data-overdue-mark]")).ToHaveTextAsync("Overskredet");
        // A target of today is not passed yet.
        await Expect(Page.Locator($"[data-milestone-item=\"{Second.Id}\"]")).Not.ToHaveAttributeAsync("data-overdue", "");
        await Expect(Page.Locator("[data-milestone-item][data-overdue]")).ToHaveCountAsync(1);

        await GoAsync("/milepaele/");
        await Expect(Page.Locator($"tr[data-milestone-item=\"{First.Id}\"] [data-overdue-mark]")).ToHaveTextAsync("Overskredet");

        await GoAsync(RealContent.FirstPage);
        var line = Page.Locator("[data-plan-target-line]");
        await Expect(line).ToHaveAttributeAsync("data-overdue", "");
        await Expect(line).ToContainTextAsync($"Mål: {Danish(today.AddDays(-3))} (jeres dato) Overskredet");

        foreach (var (id, _) in First.Deliverables)
        {
            await Checkbox(Page, id).CheckAsync();
        }

        await Expect(line).Not.ToHaveAttributeAsync("data-overdue", "");
        await Expect(line.Locator("[data-overdue-mark]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Without_a_plan_nothing_is_overdue_although_the_playbooks_dates_have_passed()
    {
        Assert.True(PlaybookStart < TodayInCopenhagen());

        await GoAsync("/milepaele/");
        await Expect(Page.Locator("tr[data-milestone-item]")).ToHaveCountAsync(RealContent.Milestones.Count);

        await Expect(Page.Locator("[data-overdue], [data-overdue-mark]")).ToHaveCountAsync(0);
        await GoAsync(RealContent.FirstPage);
        await Expect(Page.Locator("[data-overdue], [data-overdue-mark]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_change_on_the_plan_page_reaches_a_milestone_page_in_another_tab()
    {
        await GoAsync(PlanPage);
        var other = await NewTabAsync();
        await GoAsync(RealContent.FirstPage, other);
        await Expect(other.Locator("[data-plan-target-line]")).ToContainTextAsync("drejebogens datoer");

        await Page.Locator("details[data-plan-phase=\"planlaegning\"] > summary").ClickAsync();
        await Field($"milestone:{First.Id}").FillAsync("2026-02-20");

        await Expect(other.Locator("[data-plan-target-line]")).ToContainTextAsync("Mål: 20. februar 2026 (jeres dato)");
    }

    [Fact]
    public async Task The_calendar_button_downloads_the_teams_dates_as_drejebog_plan_ics()
    {
        await StorePlanAsync(new { municipality = "Odense Kommune", start = Iso(OwnStart), milestones = new Dictionary<string, string> { [First.Id] = "2026-03-14" } });
        await GoAsync(PlanPage);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-plan-ics]").ClickAsync());

        Assert.Equal("drejebog-plan.ics", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        var milestone = text.Split("BEGIN:VEVENT").Single(e => e.Contains($"UID:milepael-{First.Id}@{SiteId}", StringComparison.Ordinal));
        Assert.Contains("DTSTART;VALUE=DATE:20260314", milestone, StringComparison.Ordinal);
        var phase = text.Split("BEGIN:VEVENT").Single(e => e.Contains($"UID:fase-indkoeb@{SiteId}", StringComparison.Ordinal));
        Assert.Contains($"DTSTART;VALUE=DATE:{Deadline("indkoeb", OwnStart):yyyyMMdd}", phase, StringComparison.Ordinal);
        Assert.Contains("Odense Kommune", text, StringComparison.Ordinal);
        await Expect(Status).ToContainTextAsync("Kalenderfilen drejebog-plan.ics er hentet med jeres datoer.");
    }

    private async Task StorePlanAsync(object plan)
    {
        await GoAsync("/om-drejebogen/");
        await StoreAsync(Page, PlanKey, Stored(plan));
    }

    private async Task<JsonElement> StoredPlanAsync()
    {
        var stored = await StoredAsync(Page, PlanKey);
        Assert.NotNull(stored);
        var root = JsonDocument.Parse(stored).RootElement;
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        Assert.Equal(SiteId, root.GetProperty("site").GetString());
        return root.GetProperty("plan").Clone();
    }
}
