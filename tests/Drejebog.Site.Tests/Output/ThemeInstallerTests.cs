using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary>
/// Installing the theme's packages on a real disk: <c>npm ci</c> never runs through a linked
/// node_modules (it would empty the folder the link leads to), never runs a package's install
/// script, and a broken <c>package.json</c> is a DS050 at its line, not a crash. The npm project
/// here has one local (<c>file:</c>) dependency, so <c>npm ci</c> needs no network.
/// </summary>
public sealed class ThemeInstallerTests : IDisposable
{
    private readonly TempFolder temp = new();

    public ThemeInstallerTests()
    {
        temp.Write("theme/lokal/package.json", """{"name": "lokal", "version": "1.0.0"}""");
        temp.Write("theme/package-lock.json", """
            {"name": "t", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
              "": {"name": "t", "version": "1.0.0", "hasInstallScript": true, "dependencies": {"lokal": "file:lokal"}},
              "lokal": {"version": "1.0.0"},
              "node_modules/lokal": {"resolved": "lokal", "link": true}}}
            """);
        // A postinstall script of the project itself; a dependency's would run the same way.
        temp.Write("theme/package.json", """
            {"name": "t", "version": "1.0.0", "private": true, "dependencies": {"lokal": "file:lokal"},
             "scripts": {"postinstall": "touch ../UDFØRT"}}
            """);
    }

    private string Theme => temp.Combine("theme");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_linked_node_modules_is_refused_and_the_folder_it_leads_to_is_left_alone()
    {
        temp.Write("delt/vigtig.txt", "må ikke slettes");
        Directory.CreateSymbolicLink(temp.Combine("theme", "node_modules"), temp.Combine("delt"));

        var problem = Install();

        Assert.NotNull(problem);
        Assert.True(problem.InTheme);
        Assert.Equal(DiagnosticAssert.Error("theme/package.json", 1, 1, ErrorCodes.ThemeInstallFailed,
            ErrorCodes.LinkedFolderInTheme.Format("node_modules", temp.Combine("delt"))), problem.Diagnostic);
        Assert.Equal("må ikke slettes", File.ReadAllText(temp.Combine("delt", "vigtig.txt")));
        Assert.False(File.Exists(temp.Combine("UDFØRT")));
    }

    [Fact]
    public void Npm_ci_runs_no_install_scripts()
    {
        Install();

        Assert.True(Directory.Exists(temp.Combine("theme", "node_modules", "lokal")), "npm ci did not run");
        Assert.False(File.Exists(temp.Combine("UDFØRT")));
    }

    [Theory]
    [InlineData("{\"dependencies\": {\"dkfds\": 11}}\n", 1, 28)]
    [InlineData("{\n  \"dependencies\": [\"dkfds\"]\n}\n", 2, 19)]
    [InlineData("[]\n", 1, 1)]
    [InlineData("{\"dependencies\": {\"dkfds\": \n", 2, 1)]
    [InlineData("", 1, 1)]
    public void A_broken_package_json_is_reported_at_its_line(string manifest, int line, int column)
    {
        temp.Write("theme/package.json", manifest);

        var problem = Install();

        Assert.NotNull(problem);
        Assert.True(problem.InTheme);
        Assert.Equal(("theme/package.json", line, column, ErrorCodes.ThemeInstallFailed.Code),
            (problem.Diagnostic.Path, problem.Diagnostic.Line, problem.Diagnostic.Column, problem.Diagnostic.Code));
    }

    [Theory]
    [InlineData("{\"name\": \"dkfds\"}")]
    [InlineData("{\"version\": 11}")]
    [InlineData("[")]
    public void An_installed_package_json_without_a_readable_version_means_install_again(string installed)
    {
        temp.Write("theme/package.json", """{"dependencies": {"dkfds": "11.2.0"}}""");
        temp.Write("theme/node_modules/dkfds/package.json", installed);
        // Without a matching lock file `npm ci` stops at once: the problem is then npm's, not a crash.
        File.Delete(temp.Combine("theme", "package-lock.json"));

        var problem = Install();

        Assert.NotNull(problem);
        Assert.False(problem.InTheme);
        Assert.Equal(("theme/package.json", ErrorCodes.ThemeInstallFailed.Code), (problem.Diagnostic.Path, problem.Diagnostic.Code));
        Assert.Contains("npm ci", problem.Diagnostic.Message, StringComparison.Ordinal);
    }

    private ThemeInstallProblem? Install() => ThemeInstaller.EnsureInstalled(Theme, "theme");
}
