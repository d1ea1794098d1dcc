using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>The preview's error page shows each error's source line with a marker under its column, escaped, as <c>check</c> prints it.</summary>
public sealed class ErrorPageTests
{
    private const string Start = "input/milepaele/1-01-start.md";

    [Theory]
    [InlineData(5, "order: 1", "order 1", "  5 | order 1\n    |      ^")]
    [InlineData(6, "summary: Programmet går i gang.", "  summary: Programmet går i gang.", "  6 |   summary: Programmet går i gang.\n    |   ^")]
    [InlineData(6, "summary: Programmet går i gang.", "\tsummary: Programmet går i gang.", "  6 |     summary: Programmet går i gang.\n    | ^")]
    [InlineData(3, "title: Programmet er startet", "title: [Programmet er startet", "  3 | title: [Programmet er startet\n    |        ^")]
    public void Each_error_shows_its_line_and_a_marker_under_the_column(int line, string expected, string replacement, string excerpt)
    {
        var result = TestSite.Minimal().ReplaceLine(Start, line, expected, replacement).Build();

        var page = ErrorPage.Render(result.Diagnostics, result.Sources, "");

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains($"<code class=\"preview-where\">{Start}:{error.Line}:{error.Column}</code>", page, StringComparison.Ordinal);
        Assert.Contains($"<pre class=\"preview-source\" tabindex=\"0\">{excerpt}</pre></li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_line_is_escaped()
    {
        var result = TestSite.Minimal().ReplaceLine(Start, 3, "title: Programmet er startet", "title: [<script>alert(1)</script>").Build();

        var page = ErrorPage.Render(result.Diagnostics, result.Sources, "");

        Assert.Contains("  3 | title: [&lt;script&gt;alert(1)&lt;/script&gt;\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_without_a_source_line_has_no_excerpt()
    {
        var error = new Diagnostic("output", 1, 1, Severity.Error, ErrorCodes.OutputFailed.Code, ErrorCodes.OutputFailed.Format("disken er fuld"));

        var page = ErrorPage.Render([error], TestSite.Minimal().Build().Sources, "");

        Assert.DoesNotContain("<pre", page, StringComparison.Ordinal);
    }
}
