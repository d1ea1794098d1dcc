using Drejebog.Site.BrowserTests.Support;
using Drejebog.Site.Content;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// With a role chosen, a milestone page says what the role does there or that it has no part,
/// marks the role's rows in the Ansvar table, and offers previous/next among the role's own
/// milestones; expectations come from <c>input/milepaele/</c>, not from the page.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class RoleViewTests(SiteFixture site) : BrowserTest(site)
{
    // 2.3 gives Fagspecialist a part, 2.9 does not (the example).
    private const string WithPart = "krav-beskrevet";
    private const string WithoutPart = "kontrakt-indgaaet";
    private const string Role = "fagspecialist";

    [Fact]
    public async Task The_example_milestones_are_as_the_content_says()
    {
        Assert.Contains(Role, RealContent.Milestone(WithPart).Roles);
        Assert.DoesNotContain(Role, RealContent.Milestone(WithoutPart).Roles);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_milestone_where_the_role_has_a_part_says_which_kinds_at_the_top()
    {
        await GoAsync($"/milepaele/{WithPart}/?rolle={Role}");

        var here = Page.Locator("[data-role-here]");
        await Expect(here).ToBeVisibleAsync();
        await Expect(here).ToContainTextAsync("Som Fagspecialist har du");
        await Expect(here).ToContainTextAsync("milepæl 2.3");
        var expected = KindsOf(WithPart, Role).Select(k => ResponsibilityKind.Find(k)!.Label).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await here.Locator("[data-kind]").AllTextContentsAsync()).Order(StringComparer.Ordinal));
        // Each badge links to the explanation of its kind.
        var links = await here.Locator("[data-kind]").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.kind + ' ' + b.getAttribute('href'))");
        Assert.All(links, link => Assert.Equal(ResponsibilityKind.Find(link.Split(' ')[0])!.ExplanationUrl, link.Split(' ')[1]));
    }

    [Fact]
    public async Task A_milestone_where_the_role_has_no_part_says_so_and_marks_no_row()
    {
        await GoAsync($"/milepaele/{WithoutPart}/?rolle={Role}");

        var here = Page.Locator("[data-role-here]");
        await Expect(here).ToContainTextAsync("Fagspecialist har ingen opgave i milepæl 2.9");
        await Expect(here.Locator("[data-kind]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("table.responsibilities tr[aria-current]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-role-mine]")).ToHaveCountAsync(0);
        // Its nearest milestones are offered at once.
        var (previous, next) = Neighbours(WithoutPart, Role);
        foreach (var id in new[] { previous, next }.OfType<string>())
        {
            await Expect(here.Locator($"a[href=\"/milepaele/{id}/\"]")).ToHaveCountAsync(1);
        }
    }

    [Fact]
    public async Task The_roles_rows_in_the_ansvar_table_are_marked_in_words_and_aria_current()
    {
        await GoAsync($"/milepaele/{WithPart}/?rolle={Role}");

        var rows = Page.Locator("table.responsibilities tbody tr");
        await Expect(Page.Locator("[data-role-mine]").First).ToBeVisibleAsync();
        var marked = await rows.EvaluateAllAsync<string[][]>("rs => rs.map(r => [r.dataset.role, r.getAttribute('aria-current') ?? '', r.querySelector('[data-role-mine]')?.textContent ?? ''])");
        Assert.Contains(marked, r => r[0] == Role);
        foreach (var row in marked)
        {
            var mine = row[0] == Role;
            Assert.Equal(mine ? "true" : "", row[1]);
            Assert.Equal(mine ? "Din rolle" : "", row[2]);
        }
    }

    [Fact]
    public async Task Without_a_role_the_page_is_unchanged()
    {
        await GoAsync($"/milepaele/{WithPart}/");
        await Expect(Page.Locator("[data-role-banner]")).ToBeHiddenAsync();

        await Expect(Page.Locator("[data-role-here]")).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-role-pager]")).ToBeHiddenAsync();
        await Expect(Page.Locator("table.responsibilities tr[aria-current]")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(WithoutPart, Role)]
    [InlineData(WithPart, Role)]
    [InlineData("ejerskab-og-ressourcer", "programleder")]
    [InlineData("fejring", "systemejer")]
    [InlineData("exitstrategi", "gevinstansvarlig")]
    public async Task Previous_and_next_can_follow_the_roles_own_milestones(string milestone, string role)
    {
        var (previous, next) = Neighbours(milestone, role);
        Assert.True(previous is not null || next is not null);

        await GoAsync($"/milepaele/{milestone}/?rolle={role}");

        var pager = Page.Locator("[data-role-pager]");
        await Expect(pager).ToBeVisibleAsync();
        await Expect(pager.Locator("a[data-role-pager-link=prev]")).ToHaveCountAsync(previous is null ? 0 : 1);
        await Expect(pager.Locator("a[data-role-pager-link=next]")).ToHaveCountAsync(next is null ? 0 : 1);
        if (previous is not null)
        {
            await Expect(pager.Locator("a[data-role-pager-link=prev]")).ToHaveAttributeAsync("href", $"/milepaele/{previous}/");
        }
        if (next is not null)
        {
            await Expect(pager.Locator("a[data-role-pager-link=next]")).ToHaveAttributeAsync("href", $"/milepaele/{next}/");
        }
        // The plain sequence is still offered.
        await Expect(Page.Locator("nav.pager:not([data-role-pager]) a[rel]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Following_the_roles_next_link_lands_on_a_milestone_where_it_has_a_part()
    {
        await GoAsync($"/milepaele/{WithoutPart}/?rolle={Role}");

        await Page.Locator("[data-role-pager] a[data-role-pager-link=next]").ClickAsync();

        await Expect(Page.Locator("[data-role-here]")).ToContainTextAsync("Som Fagspecialist har du");
    }

    [Fact]
    public async Task The_view_follows_a_role_change_in_another_tab_and_the_banners_button()
    {
        await GoAsync($"/milepaele/{WithPart}/?rolle={Role}");
        var here = Page.Locator("[data-role-here]");
        await Expect(here).ToContainTextAsync("Som Fagspecialist");

        var other = await NewTabAsync();
        await GoAsync("/", other);
        await RoleSelect(other).SelectOptionAsync("programejer");

        var expected = RealContent.Milestone(WithPart).Roles.Contains("programejer") ? "Som Programejer" : "Programejer har ingen opgave";
        await Expect(here).ToContainTextAsync(expected);

        await Page.Locator("[data-role-banner] [data-role-clear]").ClickAsync();
        await Expect(here).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-role-pager]")).ToBeHiddenAsync();
        await Expect(Page.Locator("table.responsibilities tr[aria-current]")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(WithPart)]
    [InlineData(WithoutPart)]
    public async Task Milestone_page_with_a_role_chosen_has_no_wcag_violations(string milestone)
    {
        await GoAsync($"/milepaele/{milestone}/?rolle={Role}");
        await Expect(Page.Locator("[data-role-here]")).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, $"milestone {milestone} with Fagspecialist chosen");
    }

    private static IEnumerable<string> KindsOf(string milestone, string role) =>
        ResponsibilityKind.All.Select(k => k.Id).Where(k => RealContent.Milestone(milestone).Duties.Contains($"{role}:{k}"));

    // The input files sort in the playbook's order (1-01 … 3-10).
    private static (string? Previous, string? Next) Neighbours(string milestone, string role)
    {
        var order = RealContent.Milestones.ToList();
        var at = order.FindIndex(m => m.Id == milestone);
        return (order.Take(at).LastOrDefault(m => m.Roles.Contains(role))?.Id, order.Skip(at + 1).FirstOrDefault(m => m.Roles.Contains(role))?.Id);
    }
}
