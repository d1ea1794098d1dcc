using System.Text.RegularExpressions;
using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>A former URL (<c>redirect_from</c>) on a host without Netlify's redirects: the HTML page sends the reader on.</summary>
[Collection(RedirectSiteDefinition.Name)]
public sealed class RedirectTests(RedirectSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_former_url_lands_on_the_page_under_the_content_security_policy()
    {
        // The redirect page names no icon, so a browser that stays long enough asks for /favicon.ico, which the site has not.
        Problems.Expect(problem => problem.Contains("status of 404", StringComparison.Ordinal) && problem.Contains("/favicon.ico", StringComparison.Ordinal));
        var response = await GoAsync(RedirectSiteFixture.FormerUrl);
        Assert.Equal(200, response.Status);

        // meta refresh, no script: the page itself moves on, and the CSP has nothing to block.
        // Polling the address, not waiting for a navigation event: the refresh may already have
        // happened by the time GoAsync returns, and a waiter that starts then can miss it.
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(RealContent.FirstPage) + "$"), new() { Timeout = 15_000 });
        await Expect(Page.Locator("h1 .milestone-number")).ToHaveTextAsync("1.1");
    }

    [Fact]
    public async Task The_redirect_page_has_no_wcag_violations()
    {
        Problems.Expect(problem => problem.Contains("status of 404", StringComparison.Ordinal) && problem.Contains("/favicon.ico", StringComparison.Ordinal));
        // The onward navigation is cancelled (as if the reader pressed Esc), so the browser stays on the redirect page.
        await Page.RouteAsync("**" + RealContent.FirstPage, route => route.AbortAsync("aborted"));
        var onward = Page.WaitForRequestAsync("**" + RealContent.FirstPage);
        await GoAsync(RedirectSiteFixture.FormerUrl);
        await onward;

        Assert.EndsWith(RedirectSiteFixture.FormerUrl, Page.Url, StringComparison.Ordinal);
        await Expect(Page.Locator("main a")).ToHaveAttributeAsync("href", RealContent.FirstPage);
        await Axe.AssertNoViolationsAsync(Page, "the redirect page at a former URL");
    }
}
