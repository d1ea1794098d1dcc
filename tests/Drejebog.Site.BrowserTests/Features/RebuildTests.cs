using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// Progress is keyed by deliverable id only: rewording a deliverable and reordering milestones
/// between two builds of the site keeps what was ticked.
/// </summary>
[Collection(EditableSiteDefinition.Name)]
public sealed class RebuildTests(EditableSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Ticks_survive_a_rebuild_that_rewords_a_deliverable_and_swaps_two_milestones()
    {
        var first = RealContent.First;   // 1.1, order 1
        var second = RealContent.Second; // 1.2, order 2
        Assert.Equal((1, 2), (first.Order, second.Order));
        var reworded = second.Deliverables[0];
        var untouched = first.Deliverables[0];
        await GoAsync(RealContent.FirstPhasePage);
        await Expect(Page.Locator("[data-milestone-item]").First).ToHaveAttributeAsync("data-milestone-item", first.Id);
        await Checkbox(Page, reworded.Id).CheckAsync();
        await Checkbox(Page, untouched.Id).CheckAsync();
        var before = await StoredAsync(Page, ProgressKey);

        const string NewText = "Programorganisationen og governance er beskrevet og godkendt (omformuleret).";
        site.Edit(Path.GetRelativePath(RepositoryRoot.Input, second.File), $"text: {reworded.Text}", $"text: {NewText}");
        site.Edit(Path.GetRelativePath(RepositoryRoot.Input, first.File), "\norder: 1\n", "\norder: 2\n");
        site.Edit(Path.GetRelativePath(RepositoryRoot.Input, second.File), "\norder: 2\n", "\norder: 1\n");
        site.Rebuild();
        await Page.ReloadAsync();

        // The new build is what the page shows: 1.2 now comes first, with the new wording.
        await Expect(Page.Locator("[data-milestone-item]").First).ToHaveAttributeAsync("data-milestone-item", second.Id);
        var renamed = Page.GetByRole(AriaRole.Checkbox, new() { Name = NewText, Exact = true });
        await Expect(renamed).ToHaveCountAsync(1);
        await Expect(renamed).ToBeCheckedAsync();
        await Expect(Checkbox(Page, untouched.Id)).ToBeCheckedAsync();
        await Expect(Checkbox(Page, second.Deliverables[1].Id)).Not.ToBeCheckedAsync();
        Assert.Equal(before, await StoredAsync(Page, ProgressKey));

        await GoAsync($"/milepaele/{first.Id}/");
        await Expect(Page.Locator("h1 .milestone-number")).ToHaveTextAsync("1.2");
        await Expect(Checkbox(Page, untouched.Id)).ToBeCheckedAsync();
        // 1.1 (one deliverable) is complete, 1.2 (two) is not.
        await GoAsync("/fremskridt/");
        await Expect(Page.Locator("[data-progress=overall]")).ToContainTextAsync($"1 af {RealContent.Milestones.Count}");
    }
}
