using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Markdown;

/// <summary>Raw HTML is shown as text, and the editor is warned where it is written.</summary>
public sealed class RawHtmlTests
{
    private const string About = "input/om.md";

    [Fact]
    public void Each_tag_is_a_warning_at_its_place_and_the_build_succeeds()
    {
        var result = TestSite.Minimal().With(About, """
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            <script>alert(1)</script>

            Tekst med <b>fed</b> og <img src=x onerror="alert(3)">.

            - punkt med <!-- en kommentar -->
            """).Build();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                DiagnosticAssert.Warning(About, 5, 1, ErrorCodes.RawHtml, "<script>"),
                DiagnosticAssert.Warning(About, 7, 11, ErrorCodes.RawHtml, "<b>"),
                DiagnosticAssert.Warning(About, 7, 25, ErrorCodes.RawHtml, "<img src=x onerror=\"alert(3)\">"),
                DiagnosticAssert.Warning(About, 9, 13, ErrorCodes.RawHtml, "<!--"),
            ],
            result.Diagnostics);
        Assert.Contains("&lt;b&gt;fed&lt;/b&gt;", result.Page("/om/")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_escaped_brackets_and_comparisons_are_not_warned_about()
    {
        var result = TestSite.Minimal().With(About, """
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            Skriv `<b>` i kode, \<b> med omvendt skråstreg, og 3 < 5 > 2.

            ```
            <div>kodeblok</div>
            ```
            """).Build();

        DiagnosticAssert.Clean(result);
    }
}
