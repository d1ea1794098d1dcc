using Deque.AxeCore.Playwright;
using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Harness;

/// <summary>axe runs under the site's CSP and does report a violation, so a clean result means something.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class AxeSelfTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Axe_reports_an_image_without_a_text_alternative_and_prints_where_it_is()
    {
        await GoAsync("/organisering/");
        await Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = document.querySelector('link[rel=icon]').href; i.id = 'uden-alt'; document.querySelector('main').append(i); }");

        var result = await Page.RunAxe();

        var violation = Assert.Single(result.Violations, v => v.Id == "image-alt");
        var text = Axe.Describe("the test page", Page.Url, [violation]);
        Assert.Contains("image-alt", text, StringComparison.Ordinal);
        Assert.Contains("#uden-alt", text, StringComparison.Ordinal);
    }
}
