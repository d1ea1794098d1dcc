using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

/// <summary>
/// A tool's <c>url</c> in a phase's front matter is checked like a Markdown link, at its line. The
/// phase layout here renders the tools as the real theme does.
/// </summary>
public sealed class ToolUrlTests
{
    private const string Phase = "input/faser/planlaegning.md";

    private static TestSite PhaseWithToolUrl(string url) => TestSite.Minimal()
        .WithFrontMatter(Phase, $"""
            tools:
              - title: Værktøj
                url: {url}
            """)
        .With("""
            -- theme/layouts/fase.liquid --
            <h1>{{ phase.title }}</h1>
            {{ content | raw }}
            <ul>{% for tool in phase.tools %}<li><a href="{{ tool.url }}">{{ tool.title }}</a></li>{% endfor %}</ul>
            """);

    private static int UrlLine(TestSite site) => site.LineOf(Phase, "    url: ");

    // `    url: ` is nine characters, so the value starts in column 10.
    [Theory]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)", "JaVaScRiPt:alert(1)")]
    [InlineData("\"\\x01javascript:alert(1)\"", "\\u0001javascript:alert(1)")]
    [InlineData("\"java\\tscript:alert(1)\"", "java\\u0009script:alert(1)")]
    [InlineData("java&#x09;script:alert(1)", "java&#x09;script:alert(1)")]
    [InlineData("'%6aavascript:alert(1)'", "%6aavascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)", "javascript&colon;alert(1)")]
    [InlineData("data:text/html,x", "data:text/html,x")]
    [InlineData("vbscript:msgbox(1)", "vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd", "file:///etc/passwd")]
    public void Unsafe_tool_url_is_an_error_at_its_line(string yaml, string reported)
    {
        var site = PhaseWithToolUrl(yaml);

        var result = site.Build();

        DiagnosticAssert.Only(result, Phase, UrlLine(site), 10, ErrorCodes.UnsafeUrl, reported);
    }

    [Fact]
    public void Tool_url_to_a_missing_page_is_reported_at_its_line_only()
    {
        var site = PhaseWithToolUrl("/findes-ikke/");

        var result = site.Build();

        DiagnosticAssert.Only(result, Phase, UrlLine(site), 10, ErrorCodes.BrokenPageLink, "/findes-ikke/");
    }

    [Fact]
    public void Tool_url_with_danish_letters_to_a_missing_page_is_reported_once()
    {
        var site = PhaseWithToolUrl("/milepæle/findes-ikke/");

        var result = site.Build();

        DiagnosticAssert.Only(result, Phase, UrlLine(site), 10, ErrorCodes.BrokenPageLink, "/milepæle/findes-ikke/");
    }

    [Theory]
    [InlineData("/milepaele/start/")]
    [InlineData("https://kl.dk/")]
    [InlineData("mailto:kontakt@kl.dk")]
    public void Safe_tool_urls_are_published(string url)
    {
        var result = PhaseWithToolUrl(url).Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal([url], Dom.Hrefs(Dom.Parse(result.Page("/faser/planlaegning/")!), "main li"));
    }
}
