using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>A page's file name must make a plain address, and not one the build owns; both are reported at the file.</summary>
public sealed class BindFrontMatterTests
{
    private const string Page = "---\ntitle: Side\nsummary: En side.\nnav_order: 5\n---\nTekst.\n";

    [Theory]
    [InlineData("input/_headers.md", "/_headers/", "_headers")]
    [InlineData("input/_redirects.md", "/_redirects/", "_redirects")]
    [InlineData("input/pagefind.md", "/pagefind/", "pagefind")]
    [InlineData("input/pagefind/index.md", "/pagefind/", "pagefind")]
    [InlineData("input/assets/side.md", "/assets/side/", "assets")]
    [InlineData("input/data.md", "/data/", "data")]
    [InlineData("input/sitemap.xml.md", "/sitemap.xml/", "sitemap.xml")]
    [InlineData("input/robots.txt.md", "/robots.txt/", "robots.txt")]
    [InlineData("input/404.html.md", "/404.html/", "404.html")]
    public void A_page_at_an_address_the_build_owns_is_reported_at_the_file(string path, string url, string root)
    {
        // The front page links to the page: a page that failed is not reported again at the link.
        var result = TestSite.Minimal()
            .With(path, Page)
            .InsertLine("input/index.md", 8, $"Se [siden]({path["input/".Length..]}).")
            .Build();

        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.ReservedOutputPath, url, BuildOwnedPaths.Roots[root]);
    }

    [Fact]
    public void A_page_at_an_address_the_build_owns_is_reported_even_when_its_front_matter_has_errors()
    {
        var result = TestSite.Minimal().With("input/data.md", "---\ntitle: Side\n---\nTekst.\n").Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/data.md", 1, 1, ErrorCodes.ReservedOutputPath, "/data/", BuildOwnedPaths.Roots["data"]),
            DiagnosticAssert.Error("input/data.md", 2, 1, ErrorCodes.MissingField, "summary", PageReader.Owner),
        ], result.Diagnostics);
    }

    [Theory]
    [InlineData("input/.skjult.md", "/.skjult/")]
    [InlineData("input/bilag/.skjult/side.md", "/bilag/.skjult/side/")]
    public void A_page_with_a_hidden_name_is_reported_at_the_file(string path, string url)
    {
        var result = TestSite.Minimal().With(path, Page).Build();

        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.ReservedOutputPath, url, BuildOwnedPaths.ReservedFor(url));
    }

    [Theory]
    [InlineData("input/a%2f.md", "a%2f.md")]
    [InlineData("input/a#b.md", "a#b.md")]
    [InlineData("input/a?b.md", "a?b.md")]
    [InlineData("input/Stor.md", "Stor.md")]
    [InlineData("input/med mellemrum/side.md", "med mellemrum")]
    public void A_file_name_that_is_not_a_plain_address_segment_is_reported_at_the_file(string path, string name)
    {
        var result = TestSite.Minimal().With(path, Page).Build();

        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.UnsafeFileName, name);
    }
}
