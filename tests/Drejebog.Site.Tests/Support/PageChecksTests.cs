using System.Text;
using Drejebog.Site.Build;

namespace Drejebog.Site.Tests.Support;

/// <summary>The independent page checks used on the real site must catch what they claim to.</summary>
public sealed class PageChecksTests
{
    [Fact]
    public void Broken_references_are_found_and_good_ones_pass()
    {
        var result = Site(
            ("/", """
                <main id="main">
                <a href="/a/">ok</a> <a href="/a/#del">ok</a> <a href="#main">ok</a> <a href="a/#del">ok, relative</a>
                <a href="https://example.org/x">external</a> <a href="mailto:a@b.dk">external</a>
                <svg><use href="/icons.svg#edit"></use></svg> <img src="/icons.svg">
                <form action="/a/"></form>
                <a href="/mangler/">1</a> <a href="/a/#mangler">2</a> <a href="#mangler">3</a>
                <svg><use href="/icons.svg#mangler"></use></svg> <script src="/app.js"></script>
                </main>
                """),
            ("/a/", """<main><h2 id="del">Del</h2><a href="../">op</a> <a href="/a">uden skråstreg</a></main>"""));

        var (problems, count) = PageChecks.BrokenReferences(result);

        Assert.Equal(
        [
            "/: <a> /mangler/: no page or file /mangler/",
            "/: <a> /a/#mangler: /a/ has no #mangler",
            "/: <a> #mangler: / has no #mangler",
            "/: <use> /icons.svg#mangler: /icons.svg has no #mangler",
            "/: <script> /app.js: no page or file /app.js",
            "/a/: <a> /a: no page or file /a",
        ], problems);
        // 12 internal references on /, 2 on /a/; the two external ones are not counted.
        Assert.Equal(14, count);
    }

    [Fact]
    public void Inline_code_is_found_and_external_scripts_pass()
    {
        var result = Site(("/", """
            <script src="/app.js"></script><script type="application/json">{"a":1}</script>
            <p style="color:red">1</p><button onclick="go()">2</button><script>go()</script>
            <style>p{}</style><a href="javascript:go()">3</a>
            """));

        Assert.Equal(
        [
            "/: style=\"color:red\" on <p>",
            "/: onclick=\"go()\" on <button>",
            "/: inline <script>",
            "/: <style>",
            "/: javascript: URL on <a>",
        ], PageChecks.CspBlockedMarkup(result));
    }

    private static BuildResult Site(params (string Url, string Html)[] pages) => new(
        pages.Select(p => new Document { RelativePath = p.Url, DisplayPath = p.Url, Url = p.Url, Html = p.Html }).ToList(),
        [new StaticFile("icons.svg", null, Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg"><symbol id="edit"></symbol></svg>"""))],
        [],
        []);
}
