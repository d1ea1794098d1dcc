using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// The header (issue 14): on a phone at most two rows (the site's name; the search and the menu
/// button), the menu behind a disclosure button that works by mouse, keyboard and screen reader;
/// from 992 px the whole menu in one row beside no button.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class HeaderTests(SiteFixture site) : BrowserTest(site)
{
    /// <summary>Two rows: the name on two lines (24 px each) and the 40 px search, with padding and gap.</summary>
    public const int PhoneHeaderMaxHeight = 140;

    /// <summary>Two rows: the name, the publisher and the search; the menu.</summary>
    public const int DesktopHeaderMaxHeight = 140;

    private const string Milestone = "/milepaele/godkendte-loesninger/";

    private ILocator Button => Page.Locator("header [data-header-menu-button]");

    private ILocator Menu => Page.Locator("#hovedmenu");

    private ILocator MenuLinks => Page.Locator("#hovedmenu nav[aria-label='Hovedmenu'] a");

    private Task<double> HeaderHeightAsync() =>
        Page.Locator("header.header").EvaluateAsync<double>("header => header.getBoundingClientRect().height");

    [Theory]
    [InlineData("/")]
    [InlineData(Milestone)]
    public async Task On_a_phone_the_header_is_two_rows_with_the_search_and_the_menu_button(string path)
    {
        await Page.SetViewportSizeAsync(390, 844);
        await GoAsync(path);

        var height = await HeaderHeightAsync();
        Assert.True(height <= PhoneHeaderMaxHeight, $"the header of {path} is {height} px tall on a 390 px phone, more than {PhoneHeaderMaxHeight}");
        await Expect(Page.Locator("#header-search")).ToBeVisibleAsync();
        await Expect(Button).ToBeVisibleAsync();
        await Expect(Menu).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(992, "/")]
    [InlineData(1024, "/")]
    [InlineData(1024, Milestone)]
    [InlineData(1024, "/organisering/")]
    [InlineData(1280, "/")]
    public async Task From_992_px_the_header_is_two_rows_and_the_menu_one_row_without_a_button(int width, string path)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await GoAsync(path);

        var tops = await Page.Locator("#hovedmenu .mainmenu > li").EvaluateAllAsync<double[]>("items => items.map(li => li.offsetTop)");
        Assert.True(tops.Length >= 7, $"only {tops.Length} menu entries");
        Assert.True(tops.Distinct().Count() == 1, $"the menu of {path} wraps at {width} px: entries at {string.Join(", ", tops)}");
        var height = await HeaderHeightAsync();
        Assert.True(height <= DesktopHeaderMaxHeight, $"the header of {path} is {height} px tall at {width} px, more than {DesktopHeaderMaxHeight}");
        await Expect(Button).ToBeHiddenAsync();
        await Expect(MenuLinks.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#header-search")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_menu_button_opens_the_menu_its_links_follow_in_tab_order_and_escape_closes_it()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await GoAsync(Milestone);
        await Expect(Button).ToHaveAttributeAsync("aria-controls", "hovedmenu");
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page, "a phone page with the menu closed");

        await Button.FocusAsync();
        await AssertFocusIsVisibleAsync(Button);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(Menu).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page, "a phone page with the menu open");

        // Tab goes from the button through every link of the menu, in order.
        var hrefs = await MenuLinks.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(hrefs.Length >= 7, $"only {hrefs.Length} links in the menu");
        foreach (var href in hrefs)
        {
            await Page.Keyboard.PressAsync("Tab");
            await Expect(Menu.Locator($"a[href='{href}']")).ToBeFocusedAsync();
        }
        await AssertFocusIsVisibleAsync(Menu.Locator($"a[href='{hrefs[^1]}']"));

        // Escape from a link closes the menu and puts the focus back on the button.
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Menu).ToBeHiddenAsync();
        await Expect(Button).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_click_toggles_the_menu_and_escape_on_the_button_closes_it()
    {
        await Page.SetViewportSizeAsync(768, 1024);
        await GoAsync("/");

        await Button.ClickAsync();
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(MenuLinks.First).ToBeVisibleAsync();
        await Button.ClickAsync();
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Menu).ToBeHiddenAsync();

        await Button.ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Menu).ToBeHiddenAsync();
        await Expect(Button).ToBeFocusedAsync();
    }

    private static async Task AssertFocusIsVisibleAsync(ILocator element)
    {
        var outline = await element.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.DoesNotContain("none", outline, StringComparison.Ordinal);
        Assert.DoesNotMatch("^\\S+ 0px$", outline);
    }
}
