using Drejebog.Site.Cli;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// The last line of <c>check</c>, <c>build</c> and the preview: it names the command that ran and counts
/// right. The texts themselves are the specification of the Danish counting, so they are spelt out here;
/// the command-line tests compare with <see cref="RunSummary"/>.
/// </summary>
public sealed class RunSummaryTests : IDisposable
{
    private const string Plan = "input/milepaele/1-02-plan.md";
    private const string About = "input/om.md";

    private readonly TempFolder temp = new();

    [Theory]
    [InlineData(1, 1, 0, "Tjek: 1 fejl i 1 fil.")]
    [InlineData(2, 1, 0, "Tjek: 2 fejl i 1 fil.")]
    [InlineData(3, 2, 1, "Tjek: 3 fejl i 2 filer (1 advarsel).")]
    [InlineData(2, 0, 2, "Tjek: 2 fejl (2 advarsler).")]
    public void Check_with_errors_counts_errors_files_and_warnings(int errors, int files, int warnings, string expected) =>
        Assert.Equal(expected, RunSummary.CheckFailed(new ProblemCount(errors, files, warnings)));

    [Theory]
    [InlineData(57, 0, "Tjek: ingen fejl (57 sider).")]
    [InlineData(1, 1, "Tjek: ingen fejl (1 side, 1 advarsel).")]
    [InlineData(57, 3, "Tjek: ingen fejl (57 sider, 3 advarsler).")]
    public void Clean_check_counts_pages_and_warnings(int pages, int warnings, string expected) =>
        Assert.Equal(expected, RunSummary.CheckPassed(pages, new ProblemCount(0, 0, warnings)));

    [Fact]
    public void Failed_build_says_it_was_the_build_and_that_the_output_is_unchanged() =>
        Assert.Equal("Bygning: 2 fejl i 1 fil. Output-mappen er ikke ændret.", RunSummary.BuildFailed(new ProblemCount(2, 1, 0)));

    [Fact]
    public void Failed_preview_build_says_it_was_the_build_and_that_the_browser_shows_the_errors() =>
        Assert.Equal(
            "Bygning: 2 fejl i 2 filer efter 120 ms. Browseren viser fejlene, til de er rettet. Output-mappen er ikke ændret.",
            RunSummary.PreviewFailed(new ProblemCount(2, 2, 0), TimeSpan.FromMilliseconds(120)));

    [Fact]
    public void Problems_are_counted_by_severity_and_errors_by_file()
    {
        Diagnostic[] diagnostics =
        [
            DiagnosticAssert.Error(Plan, 4, 8, ErrorCodes.UnknownPhase, "drift", "planlaegning"),
            DiagnosticAssert.Error(Plan, 11, 11, ErrorCodes.UnknownRole, "chef", "programleder"),
            DiagnosticAssert.Error(About, 3, 1, ErrorCodes.UnknownField, "farve", "title"),
            DiagnosticAssert.Warning("input/index.md", 8, 1, ErrorCodes.LinkToOldUrl, "/gammel/", "/ny/"),
        ];

        Assert.Equal(new ProblemCount(3, 2, 1), ProblemCount.Of(diagnostics));
    }

    [Fact]
    public void Check_with_two_errors_in_one_file_says_so_and_never_that_a_build_failed()
    {
        TestSite.Minimal().InsertLine(Plan, 6, "farve: blå").InsertLine(Plan, 7, "lyd: høj").WriteTo(temp.Path);

        var (exitCode, _, stderr) = CliRunner.Run("check", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-q");

        Assert.Equal(1, exitCode);
        Assert.Equal(RunSummary.CheckFailed(new ProblemCount(2, 1, 0)), LastLine(stderr));
        Assert.DoesNotContain("Bygning", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_errors_in_two_files_counts_both_files()
    {
        TestSite.Minimal().InsertLine(Plan, 6, "farve: blå").InsertLine(About, 3, "farve: blå").WriteTo(temp.Path);

        var (exitCode, _, stderr) = CliRunner.Run("check", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-q");

        Assert.Equal(1, exitCode);
        Assert.Equal(RunSummary.CheckFailed(new ProblemCount(2, 2, 0)), LastLine(stderr));
    }

    [Fact]
    public void Clean_check_counts_the_pages_it_checked()
    {
        var site = TestSite.Minimal();
        site.WriteTo(temp.Path);

        var (exitCode, stdout, stderr) = CliRunner.Run("check", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-q");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(RunSummary.CheckPassed(site.Build().Pages.Count, new ProblemCount(0, 0, 0)), LastLine(stdout));
    }

    [Fact]
    public void Failed_build_says_it_was_the_build()
    {
        TestSite.Minimal().InsertLine(Plan, 6, "farve: blå").WriteTo(temp.Path);

        var (exitCode, stdout, stderr) = CliRunner.Run(
            "build", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-o", temp.Combine("output"), "--no-search", "-q");

        Assert.Equal(1, exitCode);
        Assert.Equal(RunSummary.BuildFailed(new ProblemCount(1, 1, 0)), LastLine(stderr));
        Assert.DoesNotContain("Tjek", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_preview_build_prints_the_build_summary()
    {
        var diagnostics = new[] { DiagnosticAssert.Error(Plan, 4, 8, ErrorCodes.UnknownPhase, "drift", "planlaegning") };
        var build = new PreviewBuild(diagnostics, null, false, 0, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.Zero);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        PreviewReport.Build(build, stdout, stderr);

        Assert.Equal(RunSummary.PreviewFailed(new ProblemCount(1, 1, 0), TimeSpan.FromMilliseconds(30)), LastLine(stderr.ToString()));
        Assert.Empty(stdout.ToString());
    }

    public void Dispose() => temp.Dispose();

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
}
