using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// The phase plan (figure 1): on a desktop a drawing in a focusable scroll region, on a phone the
/// list of phases is the timeline; both without violations, and printed as the drawing.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class PhasePlanTests(SiteFixture site) : BrowserTest(site)
{
    private ILocator Drawing => Page.Locator("#faseplan-figur svg[role='img']");

    private ILocator List => Page.Locator("#faseplan-figur .phase-plan-list");

    [Theory]
    [InlineData("/")]
    [InlineData("/om-drejebogen/")]
    [InlineData("/faser/indkoeb/")]
    public async Task On_a_desktop_the_drawing_and_the_list_show_and_the_drawing_can_be_focused(string path)
    {
        await GoAsync(path);

        await Expect(Drawing).ToBeVisibleAsync();
        await Expect(List).ToBeVisibleAsync();
        var region = Page.Locator("#faseplan-figur .phase-plan-scroll");
        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faser/indkoeb/")]
    public async Task On_a_phone_the_list_is_the_timeline_and_nothing_is_wider_than_the_screen(string path)
    {
        await Page.SetViewportSizeAsync(390, 844);
        await GoAsync(path);

        await Expect(Drawing).ToBeHiddenAsync();
        await Expect(List).ToBeVisibleAsync();
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"{path} is wider than a 390 px screen");
        await Axe.AssertNoViolationsAsync(Page, $"{path} on a phone");
    }

    [Fact]
    public async Task A_printed_page_shows_the_whole_drawing()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await GoAsync("/");
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Drawing).ToBeVisibleAsync();
    }
}
