using Drejebog.Site.BrowserTests.Support;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>Deliverables become checkboxes whose state is kept in localStorage by deliverable id.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class ChecklistTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string Deliverable = RealContent.First.Deliverables[0].Id;
    private static readonly int PhaseMilestones = RealContent.Milestones.Count(m => m.Phase == RealContent.FirstPhase);

    [Fact]
    public async Task Every_deliverable_on_a_milestone_page_becomes_an_unticked_labelled_checkbox()
    {
        await GoAsync(RealContent.SecondPage);

        foreach (var (id, text) in RealContent.Second.Deliverables)
        {
            var box = Checkbox(Page, id);
            await Expect(box).ToHaveCountAsync(1);
            await Expect(box).Not.ToBeCheckedAsync();
            // The deliverable's text is the checkbox's accessible name.
            await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Checkbox, new() { Name = text, Exact = true })).ToHaveCountAsync(1);
        }
        Assert.Null(await StoredAsync(Page, ProgressKey));
    }

    [Fact]
    public async Task A_ticked_deliverable_is_still_ticked_after_a_reload()
    {
        await GoAsync(RealContent.FirstPage);

        await Checkbox(Page, Deliverable).CheckAsync();

        Assert.Equal(Sets.Of(Deliverable), await StoredDoneAsync(Page));
        await Page.ReloadAsync();
        await Expect(Checkbox(Page, Deliverable)).ToBeCheckedAsync();
        Assert.Equal(Sets.Of(Deliverable), await StoredDoneAsync(Page));
    }

    [Fact]
    public async Task Unticking_removes_the_item_and_stays_unticked_after_a_reload()
    {
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, Deliverable).CheckAsync();

        await Checkbox(Page, Deliverable).UncheckAsync();

        Assert.Empty(await StoredDoneAsync(Page));
        await Page.ReloadAsync();
        await Expect(Checkbox(Page, Deliverable)).ToHaveCountAsync(1);
        await Expect(Checkbox(Page, Deliverable)).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task The_same_deliverable_on_the_milestone_page_and_the_phase_page_shares_its_state()
    {
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, Deliverable).CheckAsync();

        await GoAsync(RealContent.FirstPhasePage);

        await Expect(Checkbox(Page, Deliverable)).ToBeCheckedAsync();
        // And back: unticked on the phase page, unticked on the milestone page.
        await Checkbox(Page, Deliverable).UncheckAsync();
        await GoAsync(RealContent.FirstPage);
        await Expect(Checkbox(Page, Deliverable)).ToHaveCountAsync(1);
        await Expect(Checkbox(Page, Deliverable)).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_tick_in_one_tab_reaches_another_tab_without_a_reload()
    {
        await GoAsync(RealContent.FirstPage);
        var other = await NewTabAsync();
        await GoAsync(RealContent.FirstPhasePage, other);
        await Expect(Checkbox(other, Deliverable)).Not.ToBeCheckedAsync();

        await Checkbox(Page, Deliverable).CheckAsync();

        await Expect(Checkbox(other, Deliverable)).ToBeCheckedAsync();
        await Expect(other.Locator($"[data-progress=\"phase:{RealContent.FirstPhase}\"]")).ToContainTextAsync($"1 af {PhaseMilestones}");

        await Checkbox(other, Deliverable).UncheckAsync();

        await Expect(Checkbox(Page, Deliverable)).Not.ToBeCheckedAsync();
    }
}
