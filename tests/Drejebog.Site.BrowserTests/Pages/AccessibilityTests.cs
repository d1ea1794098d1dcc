using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Pages;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on any kind of page, with the scripts running.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class AccessibilityTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/", "the front page")]
    [InlineData("/faser/planlaegning/", "a phase page")]
    [InlineData("/faser/implementering/", "the last phase page, its phase highlighted in the phase plan")]
    [InlineData("/om-drejebogen/", "the about page with the phase plan")]
    [InlineData("/milepaele/ejerskab-og-ressourcer/", "a milestone page")]
    [InlineData("/roller/programleder/", "a role page")]
    [InlineData("/milepaele/", "the milestone overview")]
    [InlineData("/organisering/", "the organisation page")]
    [InlineData("/roller/systemejer/", "a role page of a supporting role, with draft duties")]
    [InlineData("/faser/implementering/", "a draft phase page listing draft milestones")]
    [InlineData("/fremskridt/", "the progress page")]
    [InlineData("/plan/", "the plan page")]
    [InlineData("/statusrapport/", "the status report with the playbook's dates and nothing ticked")]
    [InlineData("/del/", "the shared-status page without a link")]
    [InlineData("/ansvar/", "the roles × milestones page")]
    [InlineData("/hele-drejebogen/", "the whole playbook on one page")]
    [InlineData("/ordliste/", "the glossary")]
    [InlineData("/ordliste/gap-analyse/", "a glossary term's page")]
    [InlineData("/milepaele/gap-analyser/", "a milestone page whose text links three glossary terms")]
    public async Task Page_has_no_wcag_violations(string path, string what)
    {
        var response = await GoAsync(path);
        Assert.Equal(200, response.Status);

        await Axe.AssertNoViolationsAsync(Page, what);
    }

    [Fact]
    public async Task Roles_and_milestones_page_on_a_phone_with_a_role_opened_has_no_wcag_violations()
    {
        await Page.SetViewportSizeAsync(390, 900);
        await GoAsync("/ansvar/");
        await Expect(Page.Locator("table.matrix")).ToBeHiddenAsync();
        await Page.Locator(".matrix-role-entry summary").First.ClickAsync();
        await Expect(Page.Locator(".matrix-role-entry .matrix-role-list").First).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "the roles × milestones page on a phone, per role");
    }

    [Fact]
    public async Task Plan_page_with_every_phase_opened_and_a_refused_date_has_no_wcag_violations()
    {
        await GoAsync("/plan/");
        foreach (var summary in await Page.Locator("details[data-plan-phase] > summary").AllAsync())
        {
            await summary.ClickAsync();
        }
        await Page.Locator("#plan-start").FillAsync("1999-01-01");
        await Expect(Page.Locator("[data-plan-error]")).ToHaveCountAsync(1);

        await Axe.AssertNoViolationsAsync(Page, "the plan page with every phase opened and an error shown");
    }

    [Theory]
    [InlineData("/soeg/", "", "the empty search page")]
    [InlineData("/soeg/?q=business", "business", "the search page with results")]
    [InlineData("/soeg/?q=kontrakt&fase=indkoeb&rolle=programleder&ansvar=ansvarlig", "kontrakt", "the search page with results and every filter set")]
    [InlineData("/soeg/?q=fejring&fase=indkoeb", "fejring", "the search page with no results")]
    public async Task Search_page_has_no_wcag_violations(string path, string query, string what)
    {
        await GoAsync(path);
        var search = new SearchPage(Page);
        if (query.Length > 0)
        {
            // Pagefind (WebAssembly under the CSP) has answered.
            await search.SettledAsync(query);
        }

        await Axe.AssertNoViolationsAsync(Page, what);
    }

    [Fact]
    public async Task Search_page_with_the_stored_role_as_filter_and_more_results_shown_has_no_wcag_violations()
    {
        await GoAsync("/");
        await StoreAsync(Page, RoleKey, "programleder");
        await GoAsync("/soeg/?q=plan");
        var search = new SearchPage(Page);
        await search.SettledAsync("plan");
        await Expect(search.RoleNote).ToBeVisibleAsync();
        await search.AllPathsAsync(await search.SettledAsync("plan"));

        await Axe.AssertNoViolationsAsync(Page, "the search page with the stored role as filter and every result shown");
    }

    [Fact]
    public async Task Organisation_chart_boxes_are_reached_by_keyboard_with_a_visible_focus()
    {
        await GoAsync("/organisering/");
        var boxes = Page.Locator("figure.org-chart a.org-role");
        Assert.Equal(11, await boxes.CountAsync());

        // Tab from the top of the page until the first box has the focus.
        var focused = false;
        for (var i = 0; i < 80 && !focused; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            focused = await boxes.First.EvaluateAsync<bool>("a => document.activeElement === a");
        }

        Assert.True(focused, "Tab never reached the first box of the chart");
        var outline = await boxes.First.EvaluateAsync<string>("a => { const s = getComputedStyle(a); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.DoesNotContain("none", outline, StringComparison.Ordinal);
        Assert.DoesNotMatch("^\\S+ 0px$", outline);
    }

    [Fact]
    public async Task Not_found_page_has_no_wcag_violations()
    {
        // Chromium logs the 404 status of the page itself as a console error; that one is the point here.
        Problems.Expect(problem => problem.Contains("status of 404", StringComparison.Ordinal) && problem.Contains("/findes-ikke/", StringComparison.Ordinal));
        var response = await GoAsync("/findes-ikke/");
        Assert.Equal(404, response.Status);
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "the 404 page");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faser/planlaegning/")]
    [InlineData("/milepaele/")]
    public async Task Page_with_a_role_chosen_has_no_wcag_violations(string path)
    {
        await GoAsync(path);
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        await Expect(Page.Locator("[data-role-banner]")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, $"{path} with the role Systemejer chosen");
    }

    [Theory]
    [InlineData("/milepaele/samarbejde-med-fagomraader/")]
    [InlineData("/faser/planlaegning/")]
    [InlineData("/roller/programleder/")]
    public async Task Page_after_ticking_has_no_wcag_violations(string path)
    {
        await GoAsync(path);
        // Tick a whole milestone, so its "done" mark and the progress are shown too.
        foreach (var (id, _) in RealContent.Second.Deliverables)
        {
            await Checkbox(Page, id).First.CheckAsync();
        }

        await Axe.AssertNoViolationsAsync(Page, $"{path} after ticking milestone 1.2");
    }

    [Fact]
    public async Task Progress_page_with_progress_an_import_error_and_a_confirmation_has_no_wcag_violations()
    {
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, RealContent.First.Deliverables[0].Id).CheckAsync();
        await GoAsync("/fremskridt/");
        await Page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "x.json", MimeType = "application/json", Buffer = "{not json"u8.ToArray() });
        await Expect(Page.Locator("[data-import-error]")).Not.ToBeEmptyAsync();
        await Page.Locator("[data-reset]").ClickAsync();
        await Expect(Page.Locator("[data-reset-apply]")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "the progress page with an import error and the reset question");
    }

    [Fact]
    public async Task Page_with_the_storage_notice_has_no_wcag_violations()
    {
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, "{not json");
        await GoAsync(RealContent.FirstPage);
        await Expect(StorageNotice(Page)).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "a milestone page with the storage notice");
    }

    [Fact]
    public async Task Page_with_a_held_unreadable_value_its_question_and_the_answer_has_no_wcag_violations()
    {
        await Context.AddInitScriptAsync(NoRoomToSetAsideScript);
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, "{not json");
        await GoAsync(RealContent.FirstPage);
        var held = StorageNotice(Page).Locator("[data-notice-reason=held]");
        await held.Locator("[data-damaged-start]").ClickAsync();
        await Expect(held.Locator("[data-damaged-discard]")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "a milestone page asking whether to discard an unreadable stored value");

        await held.Locator("[data-damaged-discard]").ClickAsync();
        await Expect(StorageNotice(Page).Locator("[data-notice-reason=discarded]")).ToBeFocusedAsync();

        await Axe.AssertNoViolationsAsync(Page, "a milestone page after discarding an unreadable stored value");
    }
}
