using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>Printing a milestone or a phase gives a checklist with its current state and without the site's controls.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class PrintTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string Deliverable = RealContent.First.Deliverables[0].Id;

    [Theory]
    [InlineData(RealContent.FirstPage)]
    [InlineData(RealContent.FirstPhasePage)]
    public async Task Printed_page_is_a_checklist_with_the_current_state(string path)
    {
        await GoAsync(path);
        await Checkbox(Page, Deliverable).CheckAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Checkbox(Page, Deliverable)).ToBeVisibleAsync();
        await Expect(Checkbox(Page, Deliverable)).ToBeCheckedAsync();
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();
        // The site's own controls are not part of a printed checklist.
        await Expect(Page.Locator("nav[aria-label='Hovedmenu']")).ToBeHiddenAsync();
        await Expect(Page.Locator("form[role='search']").First).ToBeHiddenAsync();
        await Expect(Page.Locator("footer")).ToBeHiddenAsync();
        foreach (var picker in await Page.Locator("[data-role-picker]").AllAsync())
        {
            await Expect(picker).ToBeHiddenAsync();
        }
    }
}
