using System.Text.RegularExpressions;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// Search on the real site's Pagefind index, under the site's CSP: Danish inflections, the phase,
/// role and responsibility filters (checked against <c>input/milepaele/</c>), the URL round trip,
/// keyboard use, the message when nothing matches, and marking the hits on the page a result
/// leads to.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed partial class SearchTests(SiteFixture site) : BrowserTest(site)
{
    private SearchPage Search => new(Page);

    [Theory]
    [InlineData("kontrakten", "/milepaele/kontrakt-indgaaet/", 1)]
    [InlineData("gevinsterne", "/milepaele/visioner-og-gevinster/", 3)]
    [InlineData("programlederens", "/roller/programleder/", 1)]
    [InlineData("kontraktens", "/milepaele/kontrakt-indgaaet/", 1)]
    // Second after the glossary's own entry for the word.
    [InlineData("kravspecifikationen", "/milepaele/krav-beskrevet/", 2)]
    public async Task An_inflected_query_finds_the_page_about_its_base_form(string query, string expected, int within)
    {
        await GoAsync($"{SearchPage.Path}?q={Uri.EscapeDataString(query)}");

        Assert.True(await Search.SettledAsync(query) > 0);
        var top = (await Search.ListedPathsAsync()).Take(within).ToList();
        Assert.True(top.Contains(expected), $"»{query}«: expected {expected} in the top {within}, got {string.Join(", ", top)}");
    }

    [Fact]
    public async Task An_inflected_query_finds_every_milestone_that_uses_another_form_of_the_word()
    {
        // Milestones that speak of "gevinst", "gevinster", "gevinsten" … but never "gevinsterne":
        // only Danish stemming finds them for that query.
        var otherForms = RealContent.Milestones
            .Where(m => GevinstForms().IsMatch(File.ReadAllText(m.File)) && !File.ReadAllText(m.File).Contains("gevinsterne", StringComparison.OrdinalIgnoreCase))
            .Select(m => $"/milepaele/{m.Id}/")
            .ToList();
        Assert.NotEmpty(otherForms);
        await GoAsync(SearchPage.Path);

        var total = await Search.TypeAsync("gevinsterne");

        var marked = await Page.Locator("#search-results .search-result-excerpt mark").AllInnerTextsAsync();
        var paths = await Search.AllPathsAsync(total);
        Assert.True(otherForms.All(paths.Contains), $"not found: {string.Join(", ", otherForms.Where(p => !paths.Contains(p)))}");
        // The excerpts mark the forms that matched, not only the one typed.
        Assert.Contains(marked, m => m.StartsWith("gevinst", StringComparison.OrdinalIgnoreCase) && !m.StartsWith("gevinsterne", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_phase_filter_keeps_only_pages_of_that_phase()
    {
        await GoAsync($"{SearchPage.Path}?q=business+case");
        var unfiltered = await Search.AllPathsAsync(await Search.SettledAsync("business case"));
        Assert.Contains("/milepaele/oekonomi-og-business-case/", unfiltered);

        await Search.Phase.SelectOptionAsync("indkoeb");
        var total = await Search.SettledAsync("business case");

        var inPhase = RealContent.PhasePages("indkoeb");
        var paths = await Search.AllPathsAsync(total);
        Assert.Contains("/milepaele/business-case-opdateret/", paths);
        Assert.True(paths.All(inPhase.Contains), $"outside the phase: {string.Join(", ", paths.Where(p => !inPhase.Contains(p)))}");
        Assert.True(total < unfiltered.Count);
        await Expect(Page).ToHaveURLAsync(new Regex(@"/soeg/\?q=business\+case&fase=indkoeb$"));
        await Expect(Search.Status).ToHaveTextAsync($"{total} resultater for »business case« i fasen Indkøb.");
    }

    [Theory]
    [InlineData("kontrakt", "systemejer")]
    [InlineData("plan", "fagspecialist")]
    public async Task The_role_filter_keeps_only_pages_that_involve_the_role(string query, string role)
    {
        await GoAsync($"{SearchPage.Path}?q={query}&rolle={role}");

        var total = await Search.SettledAsync(query);

        var allowed = RealContent.MilestonesWithRole(role).Select(id => $"/milepaele/{id}/").Append($"/roller/{role}/").ToHashSet();
        var paths = await Search.AllPathsAsync(total);
        Assert.NotEmpty(paths);
        Assert.True(paths.All(allowed.Contains), $"not involving {role}: {string.Join(", ", paths.Where(p => !allowed.Contains(p)))}");
        await Expect(Search.Role).ToHaveValueAsync(role);
        await Expect(Search.Kind).ToBeEnabledAsync();
    }

    [Fact]
    public async Task An_empty_query_with_filters_lists_the_pages_in_playbook_order()
    {
        await GoAsync($"{SearchPage.Path}?fase=indkoeb");

        var total = await Search.SettledAsync("");

        var expected = RealContent.Milestones.Where(m => m.Phase == "indkoeb").OrderBy(m => m.Order).Select(m => $"/milepaele/{m.Id}/")
            .Prepend("/faser/indkoeb/")
            .ToList();
        await Expect(Search.Status).ToHaveTextAsync($"{expected.Count} resultater i fasen Indkøb.");
        Assert.Equal(expected, await Search.AllPathsAsync(total));
    }

    [Fact]
    public async Task The_responsibility_filter_keeps_the_milestones_where_the_role_has_that_kind_of_duty()
    {
        await GoAsync($"{SearchPage.Path}?rolle=programstyregruppe&ansvar=godkender");

        var total = await Search.SettledAsync("");

        // Milestone files are named <phase number>-<order>-<id>.md, so their order is the playbook's.
        var expected = RealContent.Milestones.Where(m => m.Duties.Contains("programstyregruppe:godkender"))
            .Select(m => $"/milepaele/{m.Id}/").ToList();
        Assert.InRange(expected.Count, 1, RealContent.MilestonesWithRole("programstyregruppe").Count - 1);
        await Expect(Search.Kind).ToHaveValueAsync("godkender");
        await Expect(Search.Status).ToHaveTextAsync($"{expected.Count} resultater for rollen Programstyregruppe som godkender.");
        Assert.Equal(expected, await Search.AllPathsAsync(total));
    }

    [Fact]
    public async Task The_role_the_reader_views_the_playbook_as_is_the_default_filter_and_can_be_removed_here_only()
    {
        await GoAsync("/");
        await StoreAsync(Page, RoleKey, "systemejer");
        await GoAsync($"{SearchPage.Path}?q=kontrakt");
        var filtered = await Search.SettledAsync("kontrakt");

        await Expect(Search.Role).ToHaveValueAsync("systemejer");
        await Expect(Search.RoleNote).ToBeVisibleAsync();
        await Expect(Search.RoleNote).ToContainTextAsync("Systemejer");
        await Expect(Page.Locator("[data-role-banner]")).ToHaveCountAsync(0);

        await Search.RoleNote.GetByRole(AriaRole.Button, new() { Name = "Fjern rollefilter" }).ClickAsync();
        var all = await Search.SettledAsync("kontrakt");

        Assert.True(all > filtered, $"{all} results for all roles, {filtered} for Systemejer");
        await Expect(Search.Role).ToHaveValueAsync("");
        await Expect(Search.Role).ToBeFocusedAsync();
        await Expect(Search.RoleNote).ToBeHiddenAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/soeg/\?q=kontrakt&rolle=$"));
        Assert.Equal("systemejer", await StoredAsync(Page, RoleKey));

        // The explicit "all roles" survives a reload; the stored role does not come back.
        await Page.ReloadAsync();
        Assert.Equal(all, await Search.SettledAsync("kontrakt"));
        await Expect(Search.Role).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_stored_role_alone_does_not_list_pages_on_an_empty_search_page()
    {
        await GoAsync("/");
        await StoreAsync(Page, RoleKey, "systemejer");
        await GoAsync(SearchPage.Path);

        await Expect(Search.Role).ToHaveValueAsync("systemejer");
        await Expect(Search.Results).Not.ToHaveAttributeAsync("data-count", new Regex("."));
        await Expect(Search.Results).ToBeEmptyAsync();
    }

    [Fact]
    public async Task A_query_without_results_says_so_and_suggests_what_to_try()
    {
        await GoAsync($"{SearchPage.Path}?q=xylofonorkester");

        Assert.Equal(0, await Search.SettledAsync("xylofonorkester"));

        await Expect(Search.Status).ToHaveTextAsync("Ingen resultater for »xylofonorkester«.");
        await Expect(Search.Results).ToContainTextAsync("stavningen");
        await Expect(Search.Results.Locator("a[href='/milepaele/']")).ToBeVisibleAsync();
        await Expect(Search.Results.Locator("[data-search-clear-filters]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task When_only_the_filters_exclude_everything_one_button_removes_them()
    {
        await GoAsync($"{SearchPage.Path}?q=fejring&fase=indkoeb");
        Assert.Equal(0, await Search.SettledAsync("fejring"));
        await Expect(Search.Results).ToContainTextAsync("søge uden filtre");

        await Search.Results.GetByRole(AriaRole.Button, new() { Name = "Fjern filtrene" }).ClickAsync();

        Assert.True(await Search.SettledAsync("fejring") > 0);
        Assert.Contains("/milepaele/fejring/", await Search.ListedPathsAsync());
        await Expect(Search.Phase).ToHaveValueAsync("");
        await Expect(Search.Input).ToBeFocusedAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/soeg/\?q=fejring$"));
    }

    [Fact]
    public async Task The_url_holds_the_search_and_opening_it_restores_field_filters_and_results()
    {
        await GoAsync(SearchPage.Path);
        await Search.FillAsync("leverandør");
        await Search.Phase.SelectOptionAsync("indkoeb");
        await Search.Role.SelectOptionAsync("programleder");
        await Search.Kind.SelectOptionAsync("ansvarlig");
        var total = await Search.SettledAsync("leverandør");
        var listed = await Search.ListedPathsAsync();
        var shared = Page.Url;
        Assert.Equal("?q=leverand%C3%B8r&fase=indkoeb&rolle=programleder&ansvar=ansvarlig", new Uri(shared).Query);

        var other = await NewTabAsync();
        await other.GotoAsync(shared);
        var search = new SearchPage(other);

        Assert.Equal(total, await search.SettledAsync("leverandør"));
        await Expect(search.Input).ToHaveValueAsync("leverandør");
        await Expect(search.Phase).ToHaveValueAsync("indkoeb");
        await Expect(search.Role).ToHaveValueAsync("programleder");
        await Expect(search.Kind).ToHaveValueAsync("ansvarlig");
        Assert.Equal(listed, await search.ListedPathsAsync());
    }

    [Fact]
    public async Task The_header_search_on_any_page_opens_the_search_page_with_the_query()
    {
        await GoAsync(RealContent.FirstPage);
        await Page.Locator("#header-search").FillAsync("business case");

        await Page.Locator("#header-search").PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/soeg/\?q=business\+case$"));
        Assert.True(await Search.SettledAsync("business case") > 0);
        await Expect(Search.Input).ToHaveValueAsync("business case");
        // The search page has its own field; the header's is left out there.
        await Expect(Page.Locator("#header-search")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Arrow_keys_move_between_the_field_and_the_results_and_enter_opens_one()
    {
        await GoAsync(SearchPage.Path);
        await Search.Input.FocusAsync();
        await Search.TypeAsync("kontrakten");
        var items = Search.KeyboardItems;
        Assert.True(await items.CountAsync() > 2);

        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(items.Nth(0)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(items.Nth(0)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(Search.Input).ToBeFocusedAsync();

        // Tab keeps its ordinary order: from the field to the submit button, not into the results.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("[data-search-form] button[type=submit]")).ToBeFocusedAsync();

        await Search.Input.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        var first = (await Search.ListedPathsAsync())[0];
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(first)}\\?fremhaev="));
    }

    [Fact]
    public async Task The_number_of_results_is_announced_in_a_polite_status_apart_from_the_list()
    {
        await GoAsync(SearchPage.Path);

        var total = await Search.TypeAsync("kontrakt");

        await Expect(Search.Status).ToHaveAttributeAsync("role", "status");
        await Expect(Search.Status).ToHaveTextAsync($"{total} resultater for »kontrakt«.");
        await Expect(Search.Results).Not.ToHaveAttributeAsync("aria-live", new Regex("."));
        await Expect(Search.Results.Locator("[role=status], [aria-live]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_result_shows_its_phase_an_excerpt_with_marks_and_sections_that_link_to_their_heading()
    {
        await GoAsync($"{SearchPage.Path}?q=kontrakten");
        await Search.SettledAsync("kontrakten");

        var result = Page.Locator(".search-result").Filter(new() { Has = Page.Locator("a[href^='/milepaele/kontrakt-indgaaet/']") }).First;
        await Expect(result.Locator(".search-result-title")).ToHaveTextAsync("2.9 Kontrakt indgået");
        await Expect(result.Locator(".search-result-meta")).ToHaveTextAsync("Milepæl · Fase 2: Indkøb");
        await Expect(result.Locator(".search-result-excerpt mark").First).ToBeVisibleAsync();

        var section = result.Locator(".search-subresults a").First;
        var href = await section.GetAttributeAsync("href") ?? "";
        Assert.Matches(@"^/milepaele/kontrakt-indgaaet/\?fremhaev=[^#]+#.+$", href);
        await section.ClickAsync();

        var anchor = Uri.UnescapeDataString(new Uri(Page.Url).Fragment.TrimStart('#'));
        await Expect(Page.Locator($"main [id='{anchor}']")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_glossary_term_is_found_and_labelled_as_a_term()
    {
        await GoAsync($"{SearchPage.Path}?q=kanalstrategi");
        await Search.SettledAsync("kanalstrategi");

        var top = (await Search.ListedPathsAsync()).Take(3).ToList();
        Assert.Contains("/ordliste/kanalstrategi/", top);
        var result = Page.Locator(".search-result").Filter(new() { Has = Page.Locator("a[href^='/ordliste/kanalstrategi/']") }).First;
        await Expect(result.Locator(".search-result-title")).ToHaveTextAsync("kanalstrategi");
        await Expect(result.Locator(".search-result-meta")).ToHaveTextAsync("Begreb");
    }

    [Fact]
    public async Task A_draft_result_says_in_words_that_its_source_is_missing()
    {
        await GoAsync($"{SearchPage.Path}?q=fejring");
        await Search.SettledAsync("fejring");

        var draft = Page.Locator(".search-result").Filter(new() { Has = Page.Locator("a[href^='/milepaele/fejring/']") }).First;
        await Expect(draft.Locator(".search-result-meta")).ToHaveTextAsync("Milepæl · Fase 3: Implementering · Udkast – kilden mangler");
    }

    [Fact]
    public async Task The_page_a_result_leads_to_marks_the_matched_words_and_its_checklist_still_works()
    {
        await GoAsync($"{SearchPage.Path}?q=kontrakten");
        await Search.SettledAsync("kontrakten");

        await Search.TitleLinks.Filter(new() { HasText = "2.9 Kontrakt indgået" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/milepaele/kontrakt-indgaaet/\?fremhaev="));
        var marks = Page.Locator("main mark.pagefind-highlight");
        await Expect(marks.First).ToBeVisibleAsync();
        var words = (await marks.AllInnerTextsAsync()).Select(w => w.ToLowerInvariant()).ToHashSet();
        Assert.Contains("kontrakten", words);
        Assert.Contains("kontrakt", words);
        // Nothing outside the content, nor in what the scripts manage, is marked.
        await Expect(Page.Locator("header mark, footer mark, nav mark, [data-pagefind-ignore] mark, [data-progress] mark")).ToHaveCountAsync(0);
        // The styles come from site.css: Pagefind's own inline <style> would break the CSP.
        Assert.NotEqual("rgba(0, 0, 0, 0)", await marks.First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));

        var deliverable = RealContent.Milestone("kontrakt-indgaaet").Deliverables[0].Id;
        await Page.Locator($"label[for='afkryds-{deliverable}']").ClickAsync();
        await Expect(Checkbox(Page, deliverable)).ToBeCheckedAsync();
        Assert.Contains(deliverable, await StoredDoneAsync(Page));
    }

    [Fact]
    public async Task Only_the_main_content_is_searchable_not_the_header_or_footer()
    {
        // The footer of every page says "Sitet bruger ingen cookies og ingen sporing"; of the
        // pages' own content only the progress page says it.
        await GoAsync($"{SearchPage.Path}?q=sporing");

        Assert.Equal(1, await Search.SettledAsync("sporing"));
        Assert.Equal(["/fremskridt/"], await Search.ListedPathsAsync());
    }

    [Fact]
    public async Task Pagefind_is_loaded_only_when_it_is_needed()
    {
        var requested = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/pagefind/", StringComparison.Ordinal))
            {
                requested.Add(request.Url);
            }
        };
        await GoAsync(RealContent.FirstPage);
        await GoAsync(SearchPage.Path);
        await Expect(Search.Input).ToBeVisibleAsync();
        Assert.Empty(requested);

        await Search.TypeAsync("kontrakt");

        Assert.Contains(requested, url => url.EndsWith("/pagefind/pagefind.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_pagefind_cannot_be_loaded_the_page_says_so_and_a_later_search_tries_again()
    {
        Problems.Expect(problem => problem.Contains("/pagefind/", StringComparison.Ordinal) || problem.Contains("net::ERR_FAILED", StringComparison.Ordinal));
        var blocked = true;
        await Page.RouteAsync("**/pagefind/pagefind.js", route => blocked ? route.AbortAsync() : route.ContinueAsync());
        await GoAsync($"{SearchPage.Path}?q=kontrakt");

        Assert.Equal(0, await Search.SettledAsync("kontrakt"));
        await Expect(Search.Status).ToHaveTextAsync("Søgningen virker ikke lige nu.");
        await Expect(Search.Results.Locator("a[href='/milepaele/']")).ToBeVisibleAsync();

        blocked = false;
        Assert.True(await Search.TypeAsync("kontrakten") > 0);
        Assert.Contains("/milepaele/kontrakt-indgaaet/", await Search.ListedPathsAsync());
    }

    [GeneratedRegex(@"\bgevinst(en|er|erne|s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GevinstForms();
}
