using Drejebog.Site.Cli;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

public sealed class ProgramTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_exits_0_and_lists_the_commands(string flag)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(flag);

        Assert.Equal(0, exitCode);
        Assert.Contains("drejebog build", stdout, StringComparison.Ordinal);
        Assert.Contains("drejebog check", stdout, StringComparison.Ordinal);
        Assert.Contains("--no-search", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void No_arguments_prints_help()
    {
        var (exitCode, stdout, _) = CliRunner.Run();

        Assert.Equal(0, exitCode);
        Assert.Contains("build", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_exits_2_on_stderr_without_the_help_text()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("bygg");

        Assert.Equal(2, exitCode);
        Assert.Contains("bygg", stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("check", "--input")]
    public void Unknown_or_incomplete_option_exits_2(string command, string option)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(command, option);

        Assert.Equal(2, exitCode);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Version_exits_0()
    {
        var (exitCode, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+", stdout);
    }

    [Fact]
    public void Check_on_the_real_input_exits_0()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(
            "check", "-i", RepositoryRoot.Input, "-t", RepositoryRoot.Theme, "--quiet");

        Assert.True(exitCode == 0, stderr);
        // Only the warning that the real site has no accessibility statement yet, for as long as it has none.
        // (The path is printed relative to the folder the command runs in.)
        var expected = DiagnosticAssert.RealSiteHasAccessibilityStatement
            ? ""
            : $"site.yml:1:1: advarsel {ErrorCodes.AccessibilityStatementMissing.Code}: {ErrorCodes.AccessibilityStatementMissing.Format()}";
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Equal(expected.Length == 0 ? 0 : 1, stderr.Split(" DS").Length - 1);
        var warnings = expected.Length == 0 ? 0 : 1;
        Assert.Contains(RunSummary.CheckPassed(RealSite.RealSiteBuild.Result.Pages.Count, new ProblemCount(0, 0, warnings)), stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_an_error_exits_1_prints_the_position_and_leaves_the_output_unchanged()
    {
        TestSite.Minimal().ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første").WriteTo(temp.Path);
        var marker = temp.Write("output/markør.txt", "fra sidste bygning");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(temp.Combine("output"));

        var (exitCode, _, stderr) = CliRunner.Run(
            "build", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-o", temp.Combine("output"), "--no-search", "-q");

        Assert.Equal(1, exitCode);
        var expected = DiagnosticAssert.Error(temp.Combine("input", "milepaele", "1-02-plan.md"), 5, 8,
            ErrorCodes.WrongType, "order", "et heltal på mindst 1");
        Assert.Contains(expected.ToString(), stderr, StringComparison.Ordinal);
        Assert.Contains($"1-02-plan.md:5:8: fejl {ErrorCodes.WrongType.Code}", stderr, StringComparison.Ordinal);
        Assert.Equal("fra sidste bygning", File.ReadAllText(marker));
        Assert.Equal(before, TempFolder.Snapshot(temp.Combine("output")));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Check_of_a_clean_site_exits_0_and_writes_nothing()
    {
        TestSite.Minimal().WriteTo(temp.Path);

        var (exitCode, stdout, stderr) = CliRunner.Run("check", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-q");

        Assert.True(exitCode == 0, stderr);
        Assert.Empty(stderr);
        Assert.Contains(RunSummary.CheckPassed(TestSite.Minimal().Build().Pages.Count, default), stdout, StringComparison.Ordinal);
        Assert.Equal(["input", "theme"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Check_with_format_github_prints_annotations_on_stdout_and_exits_1()
    {
        TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første")
            .With("""
                -- input/bilag/glemt.md --
                ---
                title: Glemt
                summary: Ingen linker hertil.
                redirect_from: gammel/
                ---
                """)
            .WriteTo(temp.Path);

        var (exitCode, stdout, stderr) = CliRunner.Run(
            "check", "-i", temp.Combine("input"), "-t", temp.Combine("theme"), "-q", "--format", "github");

        Assert.Equal(1, exitCode);
        var annotations = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        // The temp folder lies outside the repository, so its paths stay absolute; the rest is exact.
        Assert.Equal(
        [
            $"::error file={Escaped(temp.Combine("input", "bilag", "glemt.md"))},line=4,col=16,title=DS060::{ErrorCodes.RedirectNotSitePath.Format("gammel/")}",
            $"::error file={Escaped(temp.Combine("input", "milepaele", "1-02-plan.md"))},line=5,col=8,title=DS011::{ErrorCodes.WrongType.Format("order", "et heltal på mindst 1")}",
        ], annotations);
        Assert.Contains("2 fejl", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(": fejl DS", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_an_unknown_format_exits_2()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("check", "--format", "json");

        Assert.Equal(2, exitCode);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    private static string Escaped(string path) => path.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    public void Dispose() => temp.Dispose();
}
