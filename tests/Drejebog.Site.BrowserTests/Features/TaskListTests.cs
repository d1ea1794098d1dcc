using Drejebog.Site.BrowserTests.Support;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// Progress as a task list: on phase pages and "Dit fremskridt" each milestone says Ikke startet,
/// I gang or Færdig from its ticked deliverables, and the progress page lists what remains, for
/// everyone or for the chosen role.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class TaskListTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(RealContent.FirstPhasePage)]
    [InlineData("/fremskridt/")]
    public async Task Every_milestone_starts_as_ikke_startet(string path)
    {
        await GoAsync(path);
        var items = Page.Locator("[data-task-list] [data-milestone-item]");
        var count = path == "/fremskridt/" ? RealContent.Milestones.Count : RealContent.Milestones.Count(m => m.Phase == RealContent.FirstPhase);

        await Expect(items).ToHaveCountAsync(count);
        await Expect(Page.Locator("[data-task-list] [data-task-status=ikke-startet]")).ToHaveCountAsync(count);
        await Expect(Page.Locator("[data-task-status]").First).ToHaveTextAsync("Ikke startet");
    }

    [Fact]
    public async Task Ticking_some_deliverables_makes_a_milestone_i_gang_and_all_of_them_faerdig()
    {
        var milestone = RealContent.Second;
        Assert.True(milestone.Deliverables.Count > 1);
        await GoAsync(RealContent.FirstPhasePage);
        var status = Page.Locator($"[data-task-list] [data-milestone-item=\"{milestone.Id}\"] [data-task-status]");
        await Expect(status).ToHaveTextAsync("Ikke startet");

        await Checkbox(Page, milestone.Deliverables[0].Id).CheckAsync();
        await Expect(status).ToHaveTextAsync("I gang");
        await Expect(status).ToHaveAttributeAsync("data-task-status", "i-gang");

        foreach (var (id, _) in milestone.Deliverables.Skip(1))
        {
            await Checkbox(Page, id).CheckAsync();
        }
        await Expect(status).ToHaveTextAsync("Færdig");
        // A task list says "Færdig" instead of the "Nået" mark other lists get.
        await Expect(Page.Locator($"[data-milestone-item=\"{milestone.Id}\"] [data-milestone-done]")).ToHaveCountAsync(0);

        await GoAsync("/fremskridt/");
        await Expect(Page.Locator($"[data-task-list] [data-milestone-item=\"{milestone.Id}\"] [data-task-status]")).ToHaveTextAsync("Færdig");
    }

    [Fact]
    public async Task The_progress_page_lists_the_deliverables_that_remain_per_phase()
    {
        var milestone = RealContent.Second;
        await GoAsync(RealContent.SecondPage);
        await Checkbox(Page, milestone.Deliverables[0].Id).CheckAsync();

        await GoAsync("/fremskridt/");

        var remaining = await VisibleRemainingAsync();
        var expected = new SortedSet<string>(RealContent.Milestones.SelectMany(m => m.Deliverables).Select(d => d.Id).Where(id => id != milestone.Deliverables[0].Id), StringComparer.Ordinal);
        Assert.Equal(expected, remaining);
        var item = Page.Locator($"[data-milestone-item=\"{milestone.Id}\"]");
        await Expect(item.Locator("[data-task-status]")).ToHaveTextAsync("I gang");
        // Each remaining deliverable links to itself on its milestone page.
        var (id, text) = milestone.Deliverables[1];
        await Expect(item.Locator($"[data-remaining=\"{id}\"] a")).ToHaveAttributeAsync("href", $"/milepaele/{milestone.Id}/#leverance-{id}");
        await Expect(item.Locator($"[data-remaining=\"{id}\"] a")).ToHaveTextAsync(text);
        var phaseTotal = RealContent.Milestones.Where(m => m.Phase == milestone.Phase).Sum(m => m.Deliverables.Count);
        await Expect(Page.Locator($"[data-remaining-count=\"{milestone.Phase}\"]")).ToHaveTextAsync($"{phaseTotal - 1} leverancer mangler.");

        // Done: the milestone's list of what remains disappears.
        foreach (var (rest, _) in milestone.Deliverables.Skip(1))
        {
            await GoAsync(RealContent.SecondPage);
            await Checkbox(Page, rest).CheckAsync();
        }
        await GoAsync("/fremskridt/");
        await Expect(item.Locator("[data-task-status]")).ToHaveTextAsync("Færdig");
        await Expect(item.Locator("[data-remaining-list]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Choosing_a_role_narrows_what_remains_to_the_roles_milestones()
    {
        const string role = "systemejer";
        await GoAsync("/fremskridt/");
        Assert.Equal(RealContent.Milestones.Sum(m => m.Deliverables.Count), (await VisibleRemainingAsync()).Count);

        await RoleSelect(Page).SelectOptionAsync(role);

        var mine = RealContent.Milestones.Where(m => m.Roles.Contains(role)).ToList();
        await Expect(Page.Locator("[data-task-list] [data-milestone-item]:visible")).ToHaveCountAsync(mine.Count);
        Assert.Equal(new SortedSet<string>(mine.SelectMany(m => m.Deliverables).Select(d => d.Id), StringComparer.Ordinal), await VisibleRemainingAsync());
        foreach (var phase in mine.Select(m => m.Phase).Distinct())
        {
            var left = mine.Where(m => m.Phase == phase).Sum(m => m.Deliverables.Count);
            await Expect(Page.Locator($"[data-remaining-count=\"{phase}\"]")).ToHaveTextAsync(left == 1 ? "1 leverance mangler." : $"{left} leverancer mangler.");
        }

        // "Alle roller" is the switch back to everyone.
        await RoleSelect(Page).SelectOptionAsync("");
        await Expect(Page.Locator("[data-task-list] [data-milestone-item]:visible")).ToHaveCountAsync(RealContent.Milestones.Count);
    }

    [Fact]
    public async Task Progress_page_with_a_role_and_some_ticks_has_no_wcag_violations()
    {
        await GoAsync(RealContent.SecondPage);
        await Checkbox(Page, RealContent.Second.Deliverables[0].Id).CheckAsync();
        await GoAsync("/fremskridt/?rolle=programleder");
        await Expect(Page.Locator("[data-task-status=i-gang]").First).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(Page, "the progress page as a task list with a role chosen");
    }

    [Fact]
    public async Task Phase_page_with_a_milestone_in_progress_has_no_wcag_violations()
    {
        await GoAsync(RealContent.FirstPhasePage);
        await Checkbox(Page, RealContent.Second.Deliverables[0].Id).CheckAsync();
        await Expect(Page.Locator("[data-task-status=i-gang]")).ToHaveCountAsync(1);

        await Axe.AssertNoViolationsAsync(Page, "a phase page as a task list");
    }

    private async Task<SortedSet<string>> VisibleRemainingAsync() =>
        new(await Page.Locator("[data-remaining]:visible").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.remaining)"), StringComparer.Ordinal);
}
