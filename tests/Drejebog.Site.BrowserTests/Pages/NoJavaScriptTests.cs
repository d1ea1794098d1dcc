using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Pages;

/// <summary>Without JavaScript every page is complete: deliverables are a plain, readable list.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class NoJavaScriptTests(SiteFixture site) : BrowserTest(site)
{
    protected override bool JavaScript => false;

    [Theory]
    [InlineData("/milepaele/ejerskab-og-ressourcer/")]
    [InlineData("/milepaele/samarbejde-med-fagomraader/")]
    [InlineData("/faser/planlaegning/")]
    [InlineData("/faser/implementering/")]
    [InlineData("/milepaele/")]
    [InlineData("/roller/programleder/")]
    public async Task Deliverables_are_a_readable_list_without_javascript(string path)
    {
        await GoAsync(path);

        var expected = Expected(path);
        var items = Page.Locator("ul.deliverables > li[data-deliverable]");
        var listed = await items.EvaluateAllAsync<string[][]>("items => items.map(li => [li.dataset.deliverable, li.innerText.trim()])");
        var shown = listed.Select(pair => pair[0]).ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.Keys.All(shown.Contains), $"{path}: missing deliverables {string.Join(", ", expected.Keys.Where(id => !shown.Contains(id)))}");
        Assert.True(shown.All(expected.ContainsKey), $"{path}: unexpected deliverables {string.Join(", ", shown.Where(id => !expected.ContainsKey(id)))}");
        foreach (var pair in listed)
        {
            Assert.Equal(expected[pair[0]], pair[1]);
        }
        for (var i = 0; i < listed.Length; i++)
        {
            await Expect(items.Nth(i)).ToBeVisibleAsync();
        }
        // Plain text, no controls that would need a script to mean anything.
        await Expect(Page.Locator("input[type=checkbox]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("ul.deliverables input, ul.deliverables button")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faser/planlaegning/")]
    [InlineData("/milepaele/")]
    [InlineData("/fremskridt/")]
    [InlineData("/plan/")]
    [InlineData("/statusrapport/")]
    [InlineData("/hele-drejebogen/")]
    [InlineData("/del/")]
    public async Task Script_only_controls_and_notices_are_hidden_without_javascript(string path)
    {
        await GoAsync(path);

        Assert.False(await Page.Locator("html").EvaluateAsync<bool>("html => html.classList.contains('js')"));
        var jsOnly = Page.Locator(".js-only");
        for (var i = 0; i < await jsOnly.CountAsync(); i++)
        {
            await Expect(jsOnly.Nth(i)).ToBeHiddenAsync();
        }
        await Expect(Page.Locator("[data-role-banner]")).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-storage-notice]")).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-role-picker]")).ToBeHiddenAsync();
        foreach (var control in await Page.Locator("[data-export], #import-file, [data-reset]").AllAsync())
        {
            await Expect(control).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task A_share_link_without_javascript_says_why_it_cannot_be_shown()
    {
        await GoAsync("/del/#v1.j.00000000.e30");

        await Expect(Page.Locator("main p").Filter(new() { HasText = "kan kun vises, når JavaScript er slået til" })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-share-view]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Every_milestone_is_listed_on_the_front_page_without_javascript()
    {
        await GoAsync("/");

        await Expect(Page.Locator("[data-milestone-item]:visible")).ToHaveCountAsync(RealContent.Milestones.Count);
    }

    [Fact]
    public async Task The_plan_page_says_that_the_plan_needs_javascript_and_shows_the_playbooks_dates()
    {
        await GoAsync("/plan/");

        await Expect(Page.Locator("main").GetByText("Jeres plan kræver JavaScript")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-plan-form]")).ToBeHiddenAsync();
        var rows = Page.Locator(".plan-playbook-dates tbody tr");
        await Expect(rows).ToHaveCountAsync(PlanDates.Phases.Count);
        foreach (var phase in PlanDates.Phases)
        {
            await Expect(Page.Locator($".plan-playbook-dates td:last-child time[datetime=\"{PlanDates.Iso(phase.Ends)}\"]")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task The_search_page_says_that_search_needs_javascript_and_links_to_the_overview()
    {
        await GoAsync("/soeg/?q=kontrakt");

        var message = Page.Locator("main").GetByText("Søgningen kræver JavaScript");
        await Expect(message).ToBeVisibleAsync();
        await Expect(Page.Locator("main a[href='/milepaele/']")).ToBeVisibleAsync();
        // A form that cannot search would only mislead.
        await Expect(Page.Locator("#search-input")).ToBeHiddenAsync();
        await Expect(Page.Locator("#search-fase")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_status_report_says_that_it_needs_the_browsers_saved_progress_and_links_to_the_overview()
    {
        await GoAsync("/statusrapport/");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Statusrapport");
        await Expect(Page.Locator("main").GetByText("gemt i browseren")).ToBeVisibleAsync();
        await Expect(Page.Locator("main a[href='/milepaele/']")).ToBeVisibleAsync();
        // No empty report and no button that cannot do anything.
        await Expect(Page.Locator("[data-status-report]")).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-report-print]")).ToBeHiddenAsync();
    }

    /// <summary>Deliverable id → text that the page should list, from the input files.</summary>
    private static Dictionary<string, string> Expected(string path)
    {
        var milestones = path switch
        {
            _ when path.StartsWith("/faser/", StringComparison.Ordinal) => RealContent.Milestones.Where(m => path == $"/faser/{m.Phase}/"),
            "/milepaele/" => RealContent.Milestones,
            _ when path.StartsWith("/milepaele/", StringComparison.Ordinal) => RealContent.Milestones.Where(m => path == $"/milepaele/{m.Id}/"),
            _ when path.StartsWith("/roller/", StringComparison.Ordinal) => RealContent.Milestones.Where(m => m.Roles.Contains(path.Split('/')[2])),
            _ => throw new ArgumentException(path),
        };
        var expected = milestones.SelectMany(m => m.Deliverables).ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        return expected;
    }
}
