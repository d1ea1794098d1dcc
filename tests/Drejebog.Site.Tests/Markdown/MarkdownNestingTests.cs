using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Markdown;

/// <summary>Markdown nested past the limit is an error at its line, before Markdig parses it, with no follow-on errors.</summary>
public sealed class MarkdownNestingTests
{
    // om.md is linked from the front page; a page that failed is not reported again at that link.
    private static BuildResult BuildOm(string body) =>
        TestSite.Minimal().With("input/om.md", $"---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nFørste afsnit.\n\n{body}\n").Build();

    [Theory]
    [InlineData("> ", 130)]
    [InlineData("1. ", 130)]
    [InlineData("- ", 130)]
    [InlineData("* ", 499_000)]
    [InlineData(">", 130)]
    [InlineData("- > 2) ", 50)]
    public void Quotes_and_lists_on_one_line_past_the_limit_are_refused_at_the_marker_one_too_many(string markers, int count)
    {
        var line = string.Concat(Enumerable.Repeat(markers, count)) + "x";
        var columnOfFirstTooMany = ColumnOfMarker(line, MarkdownNesting.Limit + 1);

        var result = BuildOm(line);

        // Line 8: the body's third line.
        DiagnosticAssert.Only(result, "input/om.md", 8, columnOfFirstTooMany, ErrorCodes.MarkdownNestedTooDeep, MarkdownNesting.Limit);
        Assert.Null(result.Page("/om/"));
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("1. ")]
    [InlineData("- ")]
    public void Nesting_up_to_the_limit_is_rendered(string marker)
    {
        var result = BuildOm(string.Concat(Enumerable.Repeat(marker, MarkdownNesting.Limit)) + "dybt");

        DiagnosticAssert.Clean(result);
        Assert.Contains("dybt", result.Page("/om/")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_horizontal_rule_of_many_dashes_is_not_nesting()
    {
        var result = BuildOm(string.Concat(Enumerable.Repeat("- ", 100)));

        DiagnosticAssert.Clean(result);
        Assert.Contains("<hr", result.Page("/om/")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_by_indentation_past_markdigs_limit_are_refused_at_the_deepest_line()
    {
        var lines = Enumerable.Range(0, 200).Select(level => new string(' ', 2 * level) + "- punkt");

        var result = BuildOm(string.Join('\n', lines));

        // The last of the 200 lines, from line 8, is line 207.
        DiagnosticAssert.Only(result, "input/om.md", 207, 1, ErrorCodes.MarkdownNestedTooDeep, MarkdownNesting.Limit);
    }

    /// <summary>The one-based column where the n-th quote or list marker of the line starts.</summary>
    private static int ColumnOfMarker(string line, int n)
    {
        var seen = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var startsMarker = line[i] is '>' or '-' or '*' || char.IsAsciiDigit(line[i]) && (i == 0 || !char.IsAsciiDigit(line[i - 1]));
            if (startsMarker && ++seen == n)
            {
                return i + 1;
            }
        }
        throw new ArgumentException($"The line has fewer than {n} markers.", nameof(line));
    }
}
