using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class RenderMarkdownTests
{
    [Fact]
    public void Link_to_a_missing_markdown_file_is_reported_at_the_link_in_the_body()
    {
        var site = TestSite.Minimal().WithBody("input/om.md", """
                Første afsnit.

                Se også [planen](milepaele/1-99-findes-ikke.md) her.
                """);

        var result = site.Build();

        // Column 9: the `[` after the eight characters "Se også ".
        DiagnosticAssert.Only(result, "input/om.md", site.LineOf("input/om.md", "Se også"), 9, ErrorCodes.BrokenFileLink, "milepaele/1-99-findes-ikke.md");
    }

    [Fact]
    public void Link_position_counts_lines_inside_a_paragraph_and_list()
    {
        var site = TestSite.Minimal().WithBody("input/om.md", """
                - punkt et
                - punkt to med
                  [et brudt link](mangler.md)
                """);

        var result = site.Build();

        DiagnosticAssert.Only(result, "input/om.md", site.LineOf("input/om.md", "[et brudt link]"), 3, ErrorCodes.BrokenFileLink, "mangler.md");
    }

    [Fact]
    public void Markdown_links_are_rewritten_to_page_urls()
    {
        var result = TestSite.Minimal()
            .WithBody("input/om.md", """
                [start](milepaele/1-01-start.md),
                [forudsætninger](milepaele/1-02-plan.md#forudsaetter),
                [forsiden](index.md),
                [samme side](#om),
                [ekstern](https://example.org/a.md).

                ## Om
                """)
            .WithBody("input/milepaele/1-01-start.md", "[Programejeren](../roller/programejer.md) tager [næste skridt](1-02-plan.md) ud fra [siden om drejebogen](../om.md#om).")
            .Build();

        DiagnosticAssert.Clean(result);
        var about = Dom.Parse(result.Page("/om/")!);
        Assert.Equal(
            ["/milepaele/start/", "/milepaele/plan/#forudsaetter", "/", "/om/#om", "https://example.org/a.md"],
            Dom.Hrefs(about, "main p"));
        var start = Dom.Parse(result.Page("/milepaele/start/")!);
        Assert.Equal(["/roller/programejer/", "/milepaele/plan/", "/om/#om"], Dom.Hrefs(start, "main p:not(.lead)"));
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text()
    {
        var result = TestSite.Minimal().WithBody("input/om.md", """
                <script>alert(1)</script>

                <div onclick="alert(2)">klik</div>

                Tekst med <b>fed</b> og <img src=x onerror="alert(3)">.
                """).Build();

        Assert.True(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal((Severity.Warning, ErrorCodes.RawHtml.Code), (d.Severity, d.Code)));
        var html = result.Page("/om/")!.Html;
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var page = Dom.Parse(html);
        Assert.Empty(page.QuerySelectorAll("script, main div, main b, main img, [onclick], [onerror]"));
        Assert.Contains("<b>fed</b>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
