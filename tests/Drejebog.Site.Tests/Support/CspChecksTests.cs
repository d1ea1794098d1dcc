namespace Drejebog.Site.Tests.Support;

/// <summary>The CSP checks used on the real site find what they claim and count what they looked at.</summary>
public sealed class CspChecksTests
{
    [Fact]
    public void Foreign_resources_in_a_page_are_found_and_every_loaded_url_is_counted()
    {
        var page = Dom.Parse("""
            <link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://example.org/">
            <script src="https://cdn.example/x.js"></script><img src="data:image/png;base64,AA" srcset="/b.png 1x, //cdn.example/c.png 2x">
            <a href="https://example.org/">followed only on a click</a>
            """);

        var (problems, count) = CspChecks.ForeignResources(page, "/");

        Assert.Equal(
            ["/: <script src=\"https://cdn.example/x.js\">", "/: <img src=\"data:image/png;base64,AA\">", "/: <img srcset=\"//cdn.example/c.png\">"],
            problems);
        // The stylesheet, the script, the image's src and its two srcset candidates; not the canonical link or <a>.
        Assert.Equal(5, count);
    }

    [Fact]
    public void Foreign_urls_in_stylesheets_and_imports_in_scripts_are_found_and_all_are_counted()
    {
        var (cssProblems, urls) = CspChecks.ForeignResourcesInCss("""a{background:url(../img/a.png)} @import "https://fonts.example/f.css"; b{src:url('data:font/woff2;base64,AA')}""", "s.css");
        var (jsProblems, imports) = CspChecks.ForeignImports("import { a } from './a.js';\nimport('https://cdn.example/b.js');", "s.js");

        Assert.Equal(["s.css: url(https://fonts.example/f.css)", "s.css: url(data:font/woff2;base64,AA)"], cssProblems);
        Assert.Equal(3, urls);
        Assert.Equal(["s.js: import https://cdn.example/b.js"], jsProblems);
        Assert.Equal(2, imports);
    }
}
