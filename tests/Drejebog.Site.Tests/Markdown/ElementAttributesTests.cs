using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Markdown;

/// <summary>Only <c>#id</c> (unique in the page) and <c>.class</c> may be written in <c>{…}</c>.</summary>
public sealed class ElementAttributesTests
{
    private const string About = "input/om.md";

    private static TestSite AboutWithBody(string body) => TestSite.Minimal().With(About, $"""
        ---
        title: Om drejebogen
        summary: Hvad drejebogen er.
        ---
        {body}
        """);

    [Fact]
    public void Id_and_class_are_published()
    {
        var result = AboutWithBody("""
            ## Faseplan {#plan .vigtig}

            Et afsnit. {.note}

            Se [planen](#plan){.knap}.
            """).Build();

        DiagnosticAssert.Clean(result);
        var main = Dom.Parse(result.Page("/om/")!).QuerySelector("main")!;
        Assert.NotNull(main.QuerySelector("h2#plan.vigtig"));
        Assert.NotNull(main.QuerySelector("p.note"));
        Assert.NotNull(main.QuerySelector("a.knap[href='/om/#plan']"));
    }

    // `## Mål {` is eight characters, so the attribute starts in column 9 of line 5.
    [Theory]
    [InlineData("hidden", "hidden")]
    [InlineData("ping=https://evil.example/", "ping")]
    [InlineData("rel=opener", "rel")]
    [InlineData("style=\"color:red\"", "style")]
    [InlineData("onclick=alert(1)", "onclick")]
    [InlineData("href=javascript:alert(1)", "href")]
    [InlineData("id=andet", "id")]
    [InlineData("class=andet", "class")]
    public void Other_attributes_are_errors_at_the_attribute_and_left_out(string attribute, string name)
    {
        var result = AboutWithBody($"## Mål {{{attribute}}}").Build();

        DiagnosticAssert.Only(result, About, 5, 9, ErrorCodes.AttributeNotAllowed, name);
    }

    [Fact]
    public void Attribute_on_a_link_is_reported_at_its_column()
    {
        var result = AboutWithBody("Se [forsiden](/){.knap rel=opener}.").Build();
        // "Se [forsiden](/){.knap " is 23 characters.

        DiagnosticAssert.Only(result, About, 5, 24, ErrorCodes.AttributeNotAllowed, "rel");
    }

    [Fact]
    public void Disallowed_attribute_does_not_reach_the_page()
    {
        var result = AboutWithBody("Et afsnit. {hidden onclick=alert(1)}").Build();

        Assert.Equal(
            [
                DiagnosticAssert.Error(About, 5, 13, ErrorCodes.AttributeNotAllowed, "hidden"),
                DiagnosticAssert.Error(About, 5, 20, ErrorCodes.AttributeNotAllowed, "onclick"),
            ],
            result.Diagnostics);
        // Reported once: the guard against inline code after rendering finds nothing left to report.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.CspBlockedMarkup.Code);
    }

    [Fact]
    public void Id_that_a_heading_already_has_is_an_error_at_the_id()
    {
        var result = AboutWithBody("""
            ## Mål

            Et afsnit. {#mål}
            """).Build();
        // "Et afsnit. {" is twelve characters; the heading with the id `mål` is on line 5.

        DiagnosticAssert.Only(result, About, 7, 13, ErrorCodes.DuplicateElementId, "mål", 5);
    }

    [Fact]
    public void Id_written_twice_is_an_error_at_the_second()
    {
        var result = AboutWithBody("""
            ## Første {#samme}

            ## Anden {#samme}
            """).Build();

        DiagnosticAssert.Only(result, About, 7, 11, ErrorCodes.DuplicateElementId, "samme", 5);
    }

    [Fact]
    public void Id_before_the_heading_that_gets_it_is_the_one_reported()
    {
        var result = AboutWithBody("""
            Et afsnit. {#afsnit}

            ## Afsnit
            """).Build();

        DiagnosticAssert.Only(result, About, 5, 13, ErrorCodes.DuplicateElementId, "afsnit", 7);
    }

    [Theory]
    [InlineData("forudsaetter", "theme/layouts/milepael.liquid")]
    [InlineData("main", "theme/layouts/milepael.liquid")]
    public void Id_that_the_layout_also_uses_is_an_error_at_the_id(string id, string layout)
    {
        const string start = "input/milepaele/1-01-start.md";
        var site = TestSite.Minimal().WithBody(start, $"Et afsnit. {{#{id}}}");

        var result = site.Build();

        DiagnosticAssert.Only(result, start, site.LineOf(start, "Et afsnit."), 13, ErrorCodes.IdTakenByLayout, id, layout);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Id_that_the_table_of_contents_gives_its_title_is_an_error_at_the_id(bool toASink)
    {
        // Two headings give the page a table of contents, whose title the page pass gives this id.
        var site = AboutWithBody("""
            Et afsnit. {#toc-title}

            ## Første

            ## Anden
            """);

        // With a sink the finished page is never a string; the check reads the builder.
        var result = toASink ? SiteBuilder.Build(site.ToSources(), sink: new DiscardingSink()) : site.Build();

        DiagnosticAssert.Only(result, About, 5, 13, ErrorCodes.IdTakenByLayout, "toc-title", "theme/layouts/side.liquid");
    }

    [Fact]
    public void Page_with_an_id_taken_by_the_layout_still_has_its_links_checked()
    {
        var result = AboutWithBody("""
            Et afsnit. {#main}

            Se [x](/findes-ikke/).
            """).Build();

        Assert.Equal(
            [
                DiagnosticAssert.Error(About, 5, 13, ErrorCodes.IdTakenByLayout, "main", "theme/layouts/side.liquid"),
                DiagnosticAssert.Error(About, 7, 4, ErrorCodes.BrokenPageLink, "/findes-ikke/"),
            ],
            result.Diagnostics);
    }

    private sealed class DiscardingSink : IPageSink
    {
        public void Write(string outputPath, string html)
        {
        }
    }
}
