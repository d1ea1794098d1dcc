using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class ProcessHtmlTests
{
    [Theory]
    [InlineData("<p style=\"color: red\">Rød</p>", "en style-attribut på <p>")]
    [InlineData("<script>alert(1)</script>", "et inline <script>")]
    [InlineData("<style>p { color: red }</style>", "et <style>-element")]
    [InlineData("<button onclick=\"go()\">Gå</button>", "hændelsesattributten onclick på <button>")]
    [InlineData("<a href=\"javascript:go()\">Gå</a>", "en javascript:-adresse på <a>")]
    [InlineData("<a href=\" JaVaScRiPt:go()\">Gå</a>", "en javascript:-adresse på <a>")]
    [InlineData("<a href=\"java&#x09;script:go()\">Gå</a>", "en javascript:-adresse på <a>")]
    [InlineData("<a href=\"javascript&colon;go()\">Gå</a>", "en javascript:-adresse på <a>")]
    [InlineData("<a HREF=javascript:go()>Gå</a>", "en javascript:-adresse på <a>")]
    [InlineData("<button/ONCLICK=\"go()\">Gå</button>", "hændelsesattributten onclick på <button>")]
    [InlineData("<img src=\"data:image/svg+xml,x\" alt=\"\">", "en data:-adresse på <img>")]
    [InlineData("<a href=\"vbscript:go()\">Gå</a>", "en vbscript:-adresse på <a>")]
    [InlineData("<form action=\"file:///etc/passwd\"></form>", "en file:-adresse på <form>")]
    [InlineData("<button formaction=\"javascript:go()\">Gå</button>", "en javascript:-adresse på <button>")]
    public void Template_that_emits_inline_code_is_reported_for_the_page(string markup, string problem)
    {
        var result = TestSite.Minimal().With($"""
            -- theme/layouts/side.liquid --
            <h1>{"{{ page.title }}"}</h1>
            {markup}
            """).Build();

        // Only om.md uses the `side` layout.
        DiagnosticAssert.Only(result, "input/om.md", 1, 1, ErrorCodes.CspBlockedMarkup, "/om/", problem);
        Assert.Null(result.Page("/om/"));
    }

    [Fact]
    public void Style_attribute_written_in_markdown_is_reported_once_at_its_place()
    {
        var site = TestSite.Minimal().WithBody("input/om.md", """
                ## Rød overskrift {style="color: red"}
                """);

        var result = site.Build();

        // The Markdown check reports it and leaves it out, so the guard after rendering finds nothing.
        DiagnosticAssert.Only(result, "input/om.md", site.LineOf("input/om.md", "## Rød"), 20, ErrorCodes.AttributeNotAllowed, "style");
    }

    [Fact]
    public void Script_with_src_and_json_data_are_allowed()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/side.liquid --
            <h1>{{ page.title }}</h1>
            <script type="application/json" id="data">{"a": 1}</script>
            <script type="module" src="/sitemap.xml"></script>
            """).Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void Headings_get_ids_and_anchor_links_and_two_h2_fill_the_toc()
    {
        var result = TestSite.Minimal().WithBody("input/om.md", """
                ## Første afsnit

                ### Et underafsnit

                ## Faseplan og milepælsoverblik {#faseplan}
                """).Build();

        DiagnosticAssert.Clean(result);
        var page = Dom.Parse(result.Page("/om/")!);
        Assert.Equal(["første-afsnit", "faseplan"], page.QuerySelectorAll("main h2:not(.toc-title)").Select(h => h.Id));
        Assert.Equal("et-underafsnit", page.QuerySelector("main h3")!.Id);
        Assert.Equal(["#første-afsnit", "#et-underafsnit", "#faseplan"],
            page.QuerySelectorAll("main a.heading-anchor").Select(a => a.GetAttribute("href")));

        var toc = page.QuerySelector("nav.toc")!;
        Assert.False(toc.HasAttribute("data-toc"));
        Assert.Equal(["#første-afsnit", "#faseplan"], toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Første afsnit", "Faseplan og milepælsoverblik"], toc.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("toc-title", toc.GetAttribute("aria-labelledby"));
        Assert.NotNull(page.GetElementById("toc-title"));
    }

    [Fact]
    public void Toc_is_removed_when_there_is_only_one_h2()
    {
        var result = TestSite.Minimal().WithBody("input/om.md", """
                ## Eneste afsnit

                ### Et underafsnit
                """).Build();

        DiagnosticAssert.Clean(result);
        var page = Dom.Parse(result.Page("/om/")!);
        Assert.Null(page.QuerySelector("nav.toc"));
        Assert.Equal("eneste-afsnit", page.QuerySelector("main h2")!.Id);
    }

    [Fact]
    public void Same_heading_twice_gets_two_different_ids()
    {
        var result = TestSite.Minimal().WithBody("input/om.md", """
                ## Noter

                ## Noter
                """).Build();

        var ids = Dom.Parse(result.Page("/om/")!).QuerySelectorAll("main h2:not(.toc-title)").Select(h => h.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("noter", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_record_their_anchors_for_link_checking()
    {
        var result = TestSite.Minimal().Build();

        var page = result.Page("/milepaele/plan/")!;
        Assert.Contains("forudsaetter", page.Anchors);
        Assert.Contains("leverance-plan-godkendt", page.Anchors);
        Assert.Contains("main", page.Anchors);
    }
}
