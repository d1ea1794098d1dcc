using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>Former URLs: Netlify's <c>_redirects</c>, the HTML redirect pages, and the addresses a former URL may not take.</summary>
public sealed class AddRedirectsTests
{
    private const string Start = "input/milepaele/1-01-start.md";
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Fact]
    public void Netlify_gets_one_forced_301_per_former_url_sorted_by_address()
    {
        var result = TestSite.Minimal()
            .InsertLine(Start, 13, "redirect_from: [/milepaele/begyndelse/, /gammel/start.html]")
            .InsertLine("input/om.md", 5, "redirect_from: /om-bogen")
            .Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(
            """
            # Former URLs (redirect_from in input/), written by drejebog build.
            # `!` forces the redirect although the HTML redirect page exists at the same path.
            /gammel/start.html /milepaele/start/ 301!
            /milepaele/begyndelse/ /milepaele/start/ 301!
            /om-bogen/ /om/ 301!

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Text(result, AddRedirects.NetlifyFile));
    }

    [Fact]
    public void Without_former_urls_there_is_no_redirects_file()
    {
        var result = TestSite.Minimal().Build();

        DiagnosticAssert.Clean(result);
        Assert.DoesNotContain(result.Files, f => f.OutputPath == AddRedirects.NetlifyFile);
    }

    [Fact]
    public void The_html_redirect_page_sends_the_browser_on_and_keeps_search_engines_away()
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, "redirect_from: /milepaele/begyndelse/").Build();

        DiagnosticAssert.Clean(result);
        var page = Dom.Parse(Text(result, "milepaele/begyndelse/index.html"));
        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Siden er flyttet – Testdrejebog", page.Title);
        Assert.Equal("0; url=/milepaele/start/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://test.example/milepaele/start/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        var link = Assert.Single(page.QuerySelectorAll("main a"));
        Assert.Equal("/milepaele/start/", link.GetAttribute("href"));
        Assert.Equal("Programmet er startet", link.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        // Not a page of the site: no search index, no sitemap entry.
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        Assert.DoesNotContain("begyndelse", Text(result, "sitemap.xml"), StringComparison.Ordinal);
        Assert.Null(result.Page("/milepaele/begyndelse/"));
    }

    [Fact]
    public void The_html_redirect_page_passes_the_content_security_policy_and_escapes_titles()
    {
        var html = RedirectPage.Render("/milepaele/start/", "Planer <script>alert(1)</script> & aftaler", "https://test.example", "Drejebog \"x\"");

        var facts = HtmlPageRewriter.Rewrite(html, markForSearch: false);
        Assert.Empty(facts.CspBlockedMarkup);
        Assert.Empty(PageChecks.CspBlockedMarkup(html, "/gammel/"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("Planer <script>alert(1)</script> & aftaler", Dom.Parse(html).QuerySelector("main a")!.TextContent);
    }

    [Fact]
    public void A_former_url_of_a_page_that_exists_is_reported_at_the_item()
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, "redirect_from: [/gammel/, /milepaele/plan/]").Build();

        DiagnosticAssert.Only(result, Start, 13, 27, ErrorCodes.RedirectFromExistingPage, "/milepaele/plan/", Plan);
    }

    [Theory]
    [InlineData("/soeg/", "(genereret /soeg/)")]
    [InlineData("/", "input/index.md")]
    public void A_former_url_of_a_generated_page_or_the_front_page_is_reported(string url, string page)
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, $"redirect_from: {url}").Build();

        DiagnosticAssert.Only(result, Start, 13, 16, ErrorCodes.RedirectFromExistingPage, url, page);
    }

    [Fact]
    public void The_same_former_url_on_two_pages_is_reported_at_the_second()
    {
        var result = TestSite.Minimal()
            .InsertLine(Start, 13, "redirect_from: /gammel/")
            .InsertLine(Plan, 16, "redirect_from: /gammel")
            .Build();

        DiagnosticAssert.Only(result, Plan, 16, 16, ErrorCodes.DuplicateRedirect, "/gammel/", Start);
    }

    [Fact]
    public void The_same_former_url_twice_in_one_page_is_reported_at_the_second()
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, "redirect_from: [/gammel/, /andet/, /gammel]").Build();

        DiagnosticAssert.Only(result, Start, 13, 36, ErrorCodes.DuplicateRedirect, "/gammel/", Start);
    }

    [Theory]
    [InlineData("/milepaele/plan/index.html", "/milepaele/plan/index.html", "milepaele/plan/index.html")]
    [InlineData("/bilag/skabelon.docx/gammel/", "/bilag/skabelon.docx/gammel/", "bilag/skabelon.docx")]
    public void A_former_url_that_would_overwrite_a_file_of_the_site_is_reported(string written, string url, string file)
    {
        var result = TestSite.Minimal()
            .WithBytes("input/bilag/skabelon.docx", [1, 2, 3])
            .InsertLine(Start, 13, $"redirect_from: {written}")
            .Build();

        DiagnosticAssert.Only(result, Start, 13, 16, ErrorCodes.RedirectOverwritesFile, url, file);
    }

    [Theory]
    [InlineData("/.drejebog-output", "")]
    [InlineData("/.drejebog-output/x/", "")]
    [InlineData("/.git/", "")]
    [InlineData("/.well-known/x.html", "")]
    [InlineData("/.output-old-0a1b2c/", "")]
    [InlineData("/gammel/.skjult/", "")]
    [InlineData("/_headers", "_headers")]
    [InlineData("/_redirects", "_redirects")]
    [InlineData("/pagefind/gammel/", "pagefind")]
    [InlineData("/assets/css/gammel.css", "assets")]
    [InlineData("/data/drejebog.json/", "data")]
    [InlineData("/sitemap.xml", "sitemap.xml")]
    [InlineData("/robots.txt/", "robots.txt")]
    [InlineData("/404.html", "404.html")]
    public void A_former_url_the_build_owns_or_a_hidden_one_is_reported_at_the_item(string url, string root)
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, $"redirect_from: {url}").Build();

        var owner = root.Length > 0 ? BuildOwnedPaths.Roots[root] : BuildOwnedPaths.ReservedFor("/.x");
        DiagnosticAssert.Only(result, Start, 13, 16, ErrorCodes.RedirectReservedPath, url, owner);
    }

    [Fact]
    public void A_link_to_a_former_url_works_but_is_a_warning_with_the_new_address()
    {
        var site = TestSite.Minimal()
            .InsertLine(Start, 13, "redirect_from: /milepaele/begyndelse/")
            .WithBody("input/om.md", "Se [starten](/milepaele/begyndelse/#leverance-start-besluttet).");

        var result = site.Build();
        var line = site.LineOf("input/om.md", "Se [starten]");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            new Diagnostic("input/om.md", line, 4, Severity.Warning, ErrorCodes.LinkToOldUrl.Code,
                ErrorCodes.LinkToOldUrl.Format("/milepaele/begyndelse/", "/milepaele/start/#leverance-start-besluttet")),
            warning);
        Assert.Equal($"input/om.md:{line}:4: advarsel DS035: " + warning.Message, warning.ToString());
    }

    [Fact]
    public void A_link_to_a_former_url_with_an_anchor_the_page_lacks_is_an_error()
    {
        var site = TestSite.Minimal()
            .InsertLine(Start, 13, "redirect_from: /milepaele/begyndelse/")
            .WithBody("input/om.md", "Se [starten](/milepaele/begyndelse/#findes-ikke).");

        var result = site.Build();
        var line = site.LineOf("input/om.md", "Se [starten]");

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/om.md", line, 4, ErrorCodes.BrokenAnchor, "findes-ikke", "/milepaele/start/"),
            new Diagnostic("input/om.md", line, 4, Severity.Warning, ErrorCodes.LinkToOldUrl.Code,
                ErrorCodes.LinkToOldUrl.Format("/milepaele/begyndelse/", "/milepaele/start/#findes-ikke")),
        ], result.Diagnostics);
    }

    private static string Text(BuildResult result, string outputPath) =>
        Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.OutputPath == outputPath).Content!);
}
