using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Markdown;

/// <summary>Unsafe URLs in Markdown are reported once, at the link, and never published.</summary>
public sealed class UnsafeUrlsTests
{
    private const string About = "input/om.md";

    // Line 5 is the body's first line; column 4 is the `[` after "Se ".
    [Theory]
    [InlineData("[her](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[her](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("[her](&#32;javascript:alert(1))", " javascript:alert(1)")]
    [InlineData("[her](java&#x09;script:alert(1))", "java\\u0009script:alert(1)")]
    [InlineData("[her](java&#x0A;script:alert(1))", "java\\u000Ascript:alert(1)")]
    [InlineData("[her](&#106;avascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[her](%6aavascript:alert(1))", "%6aavascript:alert(1)")]
    [InlineData("[her](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("[her](vbscript:msgbox(1))", "vbscript:msgbox(1)")]
    [InlineData("[her](file:///etc/passwd)", "file:///etc/passwd")]
    [InlineData("[her](ukendt:noget)", "ukendt:noget")]
    [InlineData("[her](//evil.example/)", "//evil.example/")]
    [InlineData("![billede](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<data:text/html,x>", "data:text/html,x")]
    public void Unsafe_url_is_an_error_at_the_link(string markdown, string reported)
    {
        var result = TestSite.Minimal().With(About, $"""
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            Se {markdown} nu.
            """).Build();

        DiagnosticAssert.Only(result, About, 5, 4, ErrorCodes.UnsafeUrl, reported);
    }

    [Fact]
    public void Unsafe_reference_definition_is_reported_at_the_definition_once()
    {
        var result = TestSite.Minimal().With(About, """
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            Se [her][farlig] og [der][farlig].

            [farlig]: vbscript:msgbox(1)
            [ubrugt]: data:text/html,x
            """).Build();

        Assert.Equal(
            [
                DiagnosticAssert.Error(About, 7, 1, ErrorCodes.UnsafeUrl, "vbscript:msgbox(1)"),
                DiagnosticAssert.Error(About, 8, 1, ErrorCodes.UnsafeUrl, "data:text/html,x"),
            ],
            result.Diagnostics);
    }

    [Fact]
    public void Safe_schemes_and_site_paths_pass()
    {
        var result = TestSite.Minimal().With(About, """
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            [web](https://kl.dk/), [gammel web](http://kl.dk/), [post](mailto:kontakt@kl.dk), [telefon](tel:+4533703370),
            <https://kombit.dk/>, [side](/milepaele/start/), [fil](milepaele/1-02-plan.md), [anker](#afsnit).

            ## Afsnit
            """).Build();

        DiagnosticAssert.Clean(result);
    }
}
