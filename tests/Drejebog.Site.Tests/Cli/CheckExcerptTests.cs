using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// <c>check</c> prints the source line and a marker under each diagnostic's column, for the YAML
/// slips an editor makes most; GitHub's annotation format stays one line per diagnostic.
/// </summary>
public sealed class CheckExcerptTests : IDisposable
{
    private const string Start = "input/milepaele/1-01-start.md";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_missing_colon_shows_the_line_and_marks_where_the_colon_belongs()
    {
        var stderr = Check(5, "order: 1", "order 1");

        Assert.StartsWith(Expected(5, 6, ErrorCodes.MissingColon, ["order"], "  5 | order 1", "    |      ^"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_indentation_shows_the_line_and_marks_its_first_character()
    {
        var stderr = Check(6, "summary: Programmet går i gang.", "  summary: Programmet går i gang.");

        Assert.StartsWith(Expected(6, 3, ErrorCodes.WrongIndentation, [2, 0, "order", 5], "  6 |   summary: Programmet går i gang.", "    |   ^"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_shows_the_line_with_the_tab_expanded_and_marks_the_tab()
    {
        var stderr = Check(6, "summary: Programmet går i gang.", "\tsummary: Programmet går i gang.");

        Assert.StartsWith(Expected(6, 1, ErrorCodes.TabIndentation, [], "  6 |     summary: Programmet går i gang.", "    | ^"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_bracket_shows_the_line_and_marks_the_bracket()
    {
        var stderr = Check(3, "title: Programmet er startet", "title: [Programmet er startet");

        Assert.StartsWith(Expected(3, 8, ErrorCodes.UnclosedBracket, ["[", "]"], "  3 | title: [Programmet er startet", "    |        ^"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_about_the_whole_file_has_no_excerpt()
    {
        TestSite.Minimal().With(Start, "Ingen front matter.\n").WriteTo(temp.Path);

        var (exitCode, _, stderr) = CliRunner.RunIn(temp.Path, "check", "-q");

        Assert.Equal(1, exitCode);
        Assert.StartsWith(DiagnosticAssert.Error(Start, 1, 1, ErrorCodes.MissingFrontMatter) + "\n", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" | ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_format_is_one_annotation_per_diagnostic_without_an_excerpt()
    {
        TestSite.Minimal().ReplaceLine(Start, 5, "order: 1", "order 1").WriteTo(temp.Path);

        var (exitCode, stdout, stderr) = CliRunner.RunIn(temp.Path, "check", "-q", "--format", "github");

        Assert.Equal(1, exitCode);
        var annotation = Assert.Single(stdout.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.StartsWith($"::error file={Start},line=5,col=6,title=DS110::", annotation, StringComparison.Ordinal);
        Assert.DoesNotContain(" | ", stdout + stderr, StringComparison.Ordinal);
    }

    private string Check(int line, string expected, string replacement)
    {
        TestSite.Minimal().ReplaceLine(Start, line, expected, replacement).WriteTo(temp.Path);
        var (exitCode, _, stderr) = CliRunner.RunIn(temp.Path, "check", "-q");
        Assert.Equal(1, exitCode);
        return stderr;
    }

    private static string Expected(int line, int column, ErrorCode code, object?[] args, params string[] excerpt) =>
        string.Join("\n", [DiagnosticAssert.Error(Start, line, column, code, args).ToString(), .. excerpt]) + "\n";
}
