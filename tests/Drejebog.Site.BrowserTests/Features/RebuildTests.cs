using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// Progress and the team's plan are keyed by id only: rewording a deliverable, reordering
/// milestones or renaming a milestone or phase between two builds of the site keeps what was
/// ticked and the dates the team set.
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

    [Fact]
    public async Task The_teams_plan_survives_a_rebuild_that_renames_a_milestone_and_a_phase()
    {
        var first = RealContent.First;
        await GoAsync("/plan/");
        await Page.Locator("[data-plan-field=start]").FillAsync("2026-01-05");
        await Page.Locator("[data-plan-field=\"phase:indkoeb\"]").FillAsync("2026-09-01");
        await Page.Locator("details[data-plan-phase=\"planlaegning\"] > summary").ClickAsync();
        await Page.Locator($"[data-plan-field=\"milestone:{first.Id}\"]").FillAsync("2026-03-14");
        await Expect(Page.Locator("[data-plan-status]")).ToContainTextAsync("Gemt");
        var before = await StoredAsync(Page, PlanKey);

        const string NewTitle = "Ejerskab og ressourcer er på plads (omdøbt)";
        site.Edit(Path.GetRelativePath(RepositoryRoot.Input, first.File), "title: Ejerskab for opgave besluttet og projektressourcer afsat", $"title: {NewTitle}");
        site.Edit("faser/indkoeb.md", "title: Indkøb", "title: Indkøb og kontrakt");
        site.Rebuild();

        await GoAsync($"/milepaele/{first.Id}/");
        await Expect(Page.Locator("h1")).ToContainTextAsync(NewTitle);
        await Expect(Page.Locator("[data-plan-target-line]")).ToContainTextAsync("Mål: 14. marts 2026 (jeres dato)");
        await GoAsync("/plan/");
        await Expect(Page.Locator("label[for=\"plan-fase-indkoeb\"]")).ToHaveTextAsync("Frist for fase 2: Indkøb og kontrakt");
        await Expect(Page.Locator("[data-plan-field=\"phase:indkoeb\"]")).ToHaveValueAsync("2026-09-01");
        await Expect(Page.Locator($"[data-plan-field=\"milestone:{first.Id}\"]")).ToHaveValueAsync("2026-03-14");
        Assert.Equal(before, await StoredAsync(Page, PlanKey));
    }
}
