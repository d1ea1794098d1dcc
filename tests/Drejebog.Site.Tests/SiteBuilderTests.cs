using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Errors_in_several_files_are_all_reported_in_one_build_sorted_by_file_and_position()
    {
        var result = TestSite.Minimal()
            .ReplaceLine("input/roller/programleder.md", 6, "reports_to: programejer", "reports_to: chef")
            .ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første")
            .InsertLine("input/milepaele/1-02-plan.md", 3, "colour: blå")
            .With("""
                -- input/om.md --
                title: Om drejebogen
                """)
            .Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/milepaele/1-02-plan.md", 3, 1, ErrorCodes.UnknownField, "colour",
                "deliverables, depends_on, id, order, phase, redirect_from, resources, responsibilities, status, summary, title"),
            DiagnosticAssert.Error("input/milepaele/1-02-plan.md", 6, 8, ErrorCodes.WrongType, "order", "et heltal på mindst 1"),
            DiagnosticAssert.Error("input/om.md", 1, 1, ErrorCodes.MissingFrontMatter),
            DiagnosticAssert.Error("input/roller/programleder.md", 6, 13, ErrorCodes.UnknownRole, "chef", "programejer, programleder"),
        ], result.Diagnostics);
        Assert.Equal(4, result.ErrorCount);
        Assert.Equal(
            result.Diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column),
            result.Diagnostics);
    }

    [Fact]
    public void File_with_errors_gets_no_page_but_the_other_files_are_still_built_and_checked()
    {
        var site = TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første")
            .WithBody("input/faser/planlaegning.md", "Se [den manglende side](/findes-ikke/).");

        var result = site.Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/faser/planlaegning.md", site.LineOf("input/faser/planlaegning.md", "Se [den"), 4, ErrorCodes.BrokenPageLink, "/findes-ikke/"),
            DiagnosticAssert.Error("input/milepaele/1-02-plan.md", 5, 8, ErrorCodes.WrongType, "order", "et heltal på mindst 1"),
        ], result.Diagnostics);
        Assert.Null(result.Page("/milepaele/plan/"));
        Assert.NotNull(result.Page("/milepaele/start/"));
        Assert.NotNull(result.Page("/faser/planlaegning/"));
        // The failed milestone is left out of lists instead of breaking them.
        Assert.Equal(["/milepaele/start/"], Dom.Hrefs(Dom.Parse(result.Page("/faser/planlaegning/")!), "ol.milestones"));
    }

    [Fact]
    public void Link_to_a_page_that_has_errors_of_its_own_is_not_reported_again()
    {
        var result = TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første")
            .WithBody("input/om.md", "Se [planen](milepaele/1-02-plan.md) og [forudsætningerne](/milepaele/plan/#forudsaetter).")
            .Build();

        DiagnosticAssert.Only(result, "input/milepaele/1-02-plan.md", 5, 8, ErrorCodes.WrongType, "order", "et heltal på mindst 1");
    }

    [Fact]
    public void Layout_link_to_a_page_that_has_errors_of_its_own_does_not_blame_the_layout()
    {
        var result = TestSite.Minimal()
            .ReplaceLine("input/om.md", 3, "summary: Hvad drejebogen er.", "summry: Hvad drejebogen er.")
            .With("""
                -- theme/layouts/fejl404.liquid --
                <h1>Siden findes ikke</h1>
                <p><a href="/om/">Om drejebogen</a></p>
                """)
            .Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/om.md", 2, 1, ErrorCodes.MissingField, "summary", "en side"),
            DiagnosticAssert.Error("input/om.md", 3, 1, ErrorCodes.DidYouMean.UnknownField, "summry", "summary"),
        ], result.Diagnostics);
    }

    [Fact]
    public void Build_produces_sitemap_and_robots()
    {
        var result = TestSite.Minimal().Build();

        var sitemap = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.OutputPath == "sitemap.xml").Content!);
        // The 404 page and /del/ (empty until a shared link's fragment fills it) are no pages to find.
        foreach (var page in result.Pages.Where(p => p.Url is not ("/404.html" or "/del/")))
        {
            Assert.Contains($"<loc>https://test.example{page.Url}</loc>", sitemap, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/del/", sitemap, StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.OutputPath == "robots.txt");
    }
}
