using Drejebog.Site.Output;

namespace Drejebog.Site.BrowserTests.Harness;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/js/site.js", "text/javascript; charset=utf-8")]
    [InlineData("pagefind/pagefind-worker.js", "text/javascript; charset=utf-8")]
    [InlineData("data/drejebog.json", "application/json")]
    [InlineData("assets/img/favicon.svg", "image/svg+xml")]
    [InlineData("assets/fonts/x.woff2", "font/woff2")]
    [InlineData("x.wasm", "application/wasm")]
    [InlineData("x.PNG", "image/png")]
    [InlineData("pagefind/wasm.da.pagefind", "application/octet-stream")]
    [InlineData("pagefind/pagefind.da_40bf2df9c5.pf_meta", "application/octet-stream")]
    [InlineData("pagefind/index/da_1.pf_index", "application/octet-stream")]
    [InlineData("pagefind/fragment/da_2.pf_fragment", "application/octet-stream")]
    [InlineData("sitemap.xml", "application/xml")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("kalender/drejebog.ics", "text/calendar; charset=utf-8")]
    [InlineData("noget-uden-endelse", "application/octet-stream")]
    public void Content_type_follows_the_extension(string path, string expected) =>
        Assert.Equal(expected, ContentTypes.For(path));
}
