using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>Without JavaScript the phone's menu is a plain list of links, and no button that would do nothing.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class HeaderWithoutJavaScriptTests(SiteFixture site) : BrowserTest(site)
{
    protected override bool JavaScript => false;

    [Fact]
    public async Task On_a_phone_the_menu_links_show_and_the_button_does_not()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await GoAsync("/");

        await Expect(Page.Locator("header [data-header-menu-button]")).ToBeHiddenAsync();
        var links = Page.Locator("#hovedmenu nav a");
        Assert.True(await links.CountAsync() >= 7);
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            await Expect(links.Nth(i)).ToBeVisibleAsync();
        }
    }
}
