using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class CheckLinksTests
{
    private const string About = "input/om.md";

    // The first line after om.md's front matter, where WithBody puts the text.
    private static readonly int AboutBodyLine = TestSite.Minimal().LineOf(About, "Drejebogen beskriver et program.");

    [Fact]
    public void Link_to_a_missing_page_is_reported_at_the_link()
    {
        var result = TestSite.Minimal().WithBody(About, "Se [siden](/findes-ikke/).").Build();

        DiagnosticAssert.Only(result, About, AboutBodyLine, 4, ErrorCodes.BrokenPageLink, "/findes-ikke/");
    }

    [Theory]
    [InlineData("[start](milepaele/1-01-start.md#findes-ikke)", "/milepaele/start/")]
    [InlineData("[start](/milepaele/start/#findes-ikke)", "/milepaele/start/")]
    [InlineData("[her](#findes-ikke)", "/om/")]
    public void Link_to_a_missing_anchor_on_an_existing_page_is_reported_at_the_link(string link, string page)
    {
        var result = TestSite.Minimal().WithBody(About, $"Se {link}.").Build();

        DiagnosticAssert.Only(result, About, AboutBodyLine, 4, ErrorCodes.BrokenAnchor, "findes-ikke", page);
    }

    [Fact]
    public void Anchors_from_the_layout_and_from_headings_resolve()
    {
        var result = TestSite.Minimal().WithBody(About, """
                [Leverancen](milepaele/1-01-start.md#leverance-start-besluttet), [forudsætninger](/milepaele/plan/#forudsaetter)
                og [afsnittet](#andet-afsnit).

                ## Andet afsnit
                """).Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void Links_to_a_milestone_whose_yaml_is_broken_are_not_reported_again()
    {
        const string start = "input/milepaele/1-01-start.md";
        var result = TestSite.Minimal()
            .ReplaceLine(start, 3, "title: Programmet er startet", "title: *ukendt")
            .WithBody(About, "Se [starten](/milepaele/start/) og [filen](milepaele/1-01-start.md).").Build();

        DiagnosticAssert.Only(result, start, 3, 8, ErrorCodes.UndefinedAlias, "ukendt");
    }

    [Fact]
    public void Links_into_a_folder_with_a_broken_file_of_unknown_id_are_not_reported()
    {
        const string start = "input/milepaele/1-01-start.md";
        var result = TestSite.Minimal()
            .ReplaceLine(start, 2, "id: start", "id: *start")
            .WithBody(About, "Se [starten](/milepaele/start/) og [oversigten](/milepaele/#fase-planlaegning), men ikke [den her](/faser/findes-ikke/).").Build();
        // The broken file might be any milestone; the phases' folder has no broken file.

        Assert.Equal(
            [DiagnosticAssert.Error(start, 2, 5, ErrorCodes.UndefinedAlias, "start"), DiagnosticAssert.Error(About, AboutBodyLine, 90, ErrorCodes.BrokenPageLink, "/faser/findes-ikke/")],
            result.Diagnostics);
    }

    [Fact]
    public void Broken_link_with_danish_letters_is_reported_once_at_the_link()
    {
        const string start = "input/milepaele/1-01-start.md";
        var site = TestSite.Minimal().WithBody(start, "Se [x](/milepæle/findes-ikke/) og [y](/milepæle/også-væk/#mål).");
        var line = site.LineOf(start, "Se [x]");

        var result = site.Build();

        Assert.Equal(
            [
                DiagnosticAssert.Error(start, line, 4, ErrorCodes.BrokenPageLink, "/milepæle/findes-ikke/"),
                DiagnosticAssert.Error(start, line, 35, ErrorCodes.BrokenPageLink, "/milepæle/også-væk/"),
            ],
            result.Diagnostics);
    }

    [Fact]
    public void Broken_link_in_a_layout_is_reported_at_the_layout()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/fejl404.liquid --
            <h1>Siden findes ikke</h1>
            <p><a href="/findes-ikke/">Videre</a></p>
            """).Build();

        DiagnosticAssert.Only(result, "theme/layouts/fejl404.liquid", 1, 1, ErrorCodes.BrokenPageLink, "/findes-ikke/");
    }

    [Fact]
    public void Links_to_copied_files_resolve()
    {
        var result = TestSite.Minimal()
            .WithBytes("input/bilag/skabelon.docx", [1, 2, 3])
            .WithBody(About, "Hent [skabelonen](bilag/skabelon.docx) og [sitemap](/sitemap.xml).").Build();

        DiagnosticAssert.Clean(result);
        Assert.Contains(result.Files, f => f.OutputPath == "bilag/skabelon.docx");
        Assert.Equal(["/bilag/skabelon.docx", "/sitemap.xml"], Dom.Hrefs(Dom.Parse(result.Page("/om/")!), "main p:not(.lead)"));
    }
}
