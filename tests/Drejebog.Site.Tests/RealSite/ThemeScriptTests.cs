using System.Text;
using Drejebog.Site.Modules;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// Runs the Node tests of the theme's pure modules (<c>theme/tests/*.test.mjs</c>: dates, plan,
/// share links, calendars) with Node's own runner, and hands them the real site's content index,
/// so rules written twice (in C# and in the browser) are checked against each other on the real content.
/// </summary>
public sealed class ThemeScriptTests
{
    [Fact]
    public void Theme_script_tests_pass_against_the_real_content_index()
    {
        using var temp = new TempFolder();
        var index = temp.Write("drejebog.json", Encoding.UTF8.GetString(Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == AddContentIndex.OutputPath).Content!));
        var tests = Directory.GetFiles(Path.Combine(RepositoryRoot.Theme, "tests"), "*.test.mjs").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(tests);

        var (exitCode, output) = ProcessRunner.Run("node", ["--test", "--test-reporter=tap", .. tests], RepositoryRoot.Theme,
            new Dictionary<string, string> { ["DREJEBOG_CONTENT_INDEX"] = index });

        Assert.True(exitCode == 0, output);
        // Every test ran: the ones that need the real index skip only outside this runner.
        Assert.Contains("# skipped 0", output, StringComparison.Ordinal);
        Assert.Matches(@"# pass [1-9]", output);
    }
}
