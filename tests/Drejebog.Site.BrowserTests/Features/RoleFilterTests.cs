using System.Text.RegularExpressions;
using Drejebog.Site.BrowserTests.Support;
using Drejebog.Site.Content;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// The role picker shows only the milestones whose front matter gives the chosen role a
/// responsibility (counted from <c>input/milepaele/</c>, not from the page), and the choice is
/// kept in storage and in the URL.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class RoleFilterTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/", "systemejer")]
    [InlineData("/", "politisk-niveau")]
    [InlineData("/", "projektleder")]
    [InlineData("/", "programleder")]
    [InlineData("/faser/planlaegning/", "systemejer")]
    [InlineData("/faser/indkoeb/", "projektleder")]
    [InlineData("/milepaele/", "fagspecialist")]
    public async Task Choosing_a_role_shows_exactly_the_milestones_that_involve_it(string path, string role)
    {
        await GoAsync(path);
        var all = await ListedMilestonesAsync();
        var expected = new SortedSet<string>(all.Where(RealContent.MilestonesWithRole(role).Contains), StringComparer.Ordinal);

        await RoleSelect(Page).SelectOptionAsync(role);

        await Expect(VisibleItems()).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await VisibleMilestonesAsync());
        await Expect(Page.Locator("[data-role-picker] [data-role-count]")).ToHaveTextAsync(new Regex($@"\b{expected.Count}\b"));
        Assert.Equal(role, await StoredAsync(Page, RoleKey));
    }

    [Fact]
    public async Task A_role_that_filters_something_is_tested()
    {
        // Guards the theory above against a content change that makes every role appear everywhere.
        Assert.InRange(RealContent.MilestonesWithRole("systemejer").Count, 1, RealContent.Milestones.Count - 1);
        await GoAsync("/");
        Assert.Equal(RealContent.Milestones.Count, (await ListedMilestonesAsync()).Count);
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.Milestones.Count);
    }

    [Fact]
    public async Task The_chosen_role_survives_a_reload_and_other_pages_show_the_banner()
    {
        await GoAsync("/");
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        var expected = RealContent.MilestonesWithRole("systemejer");

        await Page.ReloadAsync();

        await Expect(RoleSelect(Page)).ToHaveValueAsync("systemejer");
        await Expect(VisibleItems()).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await VisibleMilestonesAsync());

        await GoAsync(RealContent.FirstPage);
        await Expect(Page.Locator("[data-role-banner]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-role-banner]")).ToContainTextAsync("Systemejer");
    }

    [Fact]
    public async Task A_role_chosen_before_the_content_index_has_arrived_is_applied_when_it_does()
    {
        // A quick reader (or a slow line) picks a role while the index is still on its way.
        var release = await HoldContentIndexAsync();
        await GoAsync("/", settle: false);
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        Assert.Null(await Page.Locator("html").GetAttributeAsync("data-settled"));

        release.SetResult();

        var expected = RealContent.MilestonesWithRole("systemejer");
        await Expect(Page.Locator("html[data-settled]")).ToHaveCountAsync(1);
        await Expect(RoleSelect(Page)).ToHaveValueAsync("systemejer");
        await Expect(Page.Locator("[data-role-banner]")).ToBeVisibleAsync();
        Assert.Equal(expected, await VisibleMilestonesAsync());
        Assert.Equal("systemejer", await StoredAsync(Page, RoleKey));
    }

    [Fact]
    public async Task All_roles_chosen_before_the_content_index_has_arrived_wins_over_the_stored_role()
    {
        await GoAsync("/?rolle=systemejer");
        await Expect(Page.Locator("html[data-settled]")).ToHaveCountAsync(1);
        Assert.Equal("systemejer", await StoredAsync(Page, RoleKey));
        var release = await HoldContentIndexAsync();
        await GoAsync("/", settle: false);
        // The stored role is not shown yet, so the reader picks one and then all roles again.
        await RoleSelect(Page).SelectOptionAsync("programleder");
        await RoleSelect(Page).SelectOptionAsync("");

        release.SetResult();

        await Expect(Page.Locator("html[data-settled]")).ToHaveCountAsync(1);
        await Expect(RoleSelect(Page)).ToHaveValueAsync("");
        await Expect(Page.Locator("[data-role-banner]")).ToBeHiddenAsync();
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.Milestones.Count);
        Assert.True(string.IsNullOrEmpty(await StoredAsync(Page, RoleKey)));
    }

    [Theory]
    [InlineData("programleder")]
    [InlineData("systemejer")]
    public async Task A_shared_url_with_a_role_opens_filtered_in_a_fresh_browser(string role)
    {
        var expected = RealContent.MilestonesWithRole(role);

        await GoAsync($"/?rolle={role}");

        await Expect(RoleSelect(Page)).ToHaveValueAsync(role);
        await Expect(Page.Locator("[data-role-banner]")).ToBeVisibleAsync();
        await Expect(VisibleItems()).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await VisibleMilestonesAsync());
    }

    [Fact]
    public async Task An_unknown_role_in_the_url_is_ignored_and_the_saved_choice_stays()
    {
        await GoAsync("/");
        await RoleSelect(Page).SelectOptionAsync("systemejer");

        await GoAsync("/?rolle=findes-ikke");

        await Expect(RoleSelect(Page)).ToHaveValueAsync("systemejer");
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.MilestonesWithRole("systemejer").Count);
        Assert.Equal("systemejer", await StoredAsync(Page, RoleKey));
    }

    [Fact]
    public async Task The_banner_button_clears_the_choice()
    {
        await GoAsync("/");
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.MilestonesWithRole("systemejer").Count);
        var banner = Page.Locator("[data-role-banner]");
        await Expect(banner).ToBeVisibleAsync();

        await banner.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(banner).ToBeHiddenAsync();
        await Expect(RoleSelect(Page)).ToHaveValueAsync("");
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.Milestones.Count);
        Assert.Null(await StoredAsync(Page, RoleKey));
        await Page.ReloadAsync();
        await Expect(RoleSelect(Page)).ToHaveValueAsync("");
        await Expect(banner).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_chosen_role_marks_each_shown_milestone_with_its_kind_of_responsibility()
    {
        await GoAsync("/?rolle=systemejer");
        await Expect(VisibleItems()).ToHaveCountAsync(RealContent.MilestonesWithRole("systemejer").Count);

        // data-roles="role:kind …" is the template's; each shown item has one badge per kind the role
        // has there, labelled as ResponsibilityKind names it (the script reads that from /data/drejebog.json).
        var shown = await Page.EvaluateAsync<ShownItem[]>("""
            () => [...document.querySelectorAll('[data-milestone-item]')].filter(e => !e.hidden && e.checkVisibility())
              .map(e => ({
                Id: e.dataset.milestoneItem,
                Kinds: [...new Set(e.dataset.roles.split(/\s+/).filter(p => p.startsWith('systemejer:')).map(p => p.slice('systemejer:'.length)))],
                Badges: [...e.querySelectorAll('[data-role-badge]')].map(b => `${b.dataset.roleBadge}=${b.textContent}`),
              }))
            """);
        Assert.Equal(RealContent.MilestonesWithRole("systemejer").Count, shown.Length);
        foreach (var item in shown)
        {
            Assert.NotEmpty(item.Kinds);
            Assert.Equal(item.Kinds.Select(k => $"{k}={ResponsibilityKind.Find(k)!.Label}"), item.Badges);
        }
        // The real content gives the role more than one kind, so more than one label is checked.
        Assert.True(shown.SelectMany(i => i.Kinds).Distinct().Count() > 1, "systemejer has only one kind of responsibility");
    }

    // Filled by Playwright from the page's objects, by property name.
    private sealed class ShownItem
    {
        public string Id { get; set; } = "";

        public string[] Kinds { get; set; } = [];

        public string[] Badges { get; set; } = [];
    }

    private ILocator VisibleItems() => Page.Locator("[data-milestone-item]:visible");

    private async Task<SortedSet<string>> ListedMilestonesAsync() =>
        new(await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-milestone-item]')].map(e => e.dataset.milestoneItem)"), StringComparer.Ordinal);

    private async Task<SortedSet<string>> VisibleMilestonesAsync() =>
        new(await VisibleItems().EvaluateAllAsync<string[]>("items => items.map(e => e.dataset.milestoneItem)"), StringComparer.Ordinal);
}
