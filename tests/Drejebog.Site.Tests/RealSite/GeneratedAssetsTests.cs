using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// theme/assets/generated/ is committed, so a build needs no Node tools beyond Pagefind; this test
/// regenerates it in memory (<c>npm run assets:check</c>) and fails when a template, module or
/// package changed what it should hold: a class or icon a template started to use, a module edited.
/// </summary>
public sealed class GeneratedAssetsTests
{
    [Fact]
    public void Generated_theme_assets_match_the_templates_modules_and_pinned_packages()
    {
        Assert.Null(ThemeInstaller.EnsureInstalled(RepositoryRoot.Theme));

        var (exitCode, output) = ProcessRunner.Run("node", [Path.Combine("tools", "build-assets.mjs"), "--check"], RepositoryRoot.Theme);

        Assert.True(exitCode == 0, output);
        Assert.Contains("all up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_fails_when_a_template_starts_using_a_dkfds_class_the_stylesheet_left_out()
    {
        Assert.Null(ThemeInstaller.EnsureInstalled(RepositoryRoot.Theme));
        using var copy = new TempFolder();
        // The theme's sources copied, its packages and the generator's C# linked (the tools read src/ beside theme/).
        foreach (var folder in new[] { "tools", "layouts", "partials", "assets" })
        {
            CopyFolder(Path.Combine(RepositoryRoot.Theme, folder), copy.Combine("theme", folder));
        }
        string[] links = [copy.Combine("theme", ThemeInstaller.PackagesFolder), copy.Combine("src")];
        Directory.CreateSymbolicLink(links[0], Path.Combine(RepositoryRoot.Theme, ThemeInstaller.PackagesFolder));
        Directory.CreateSymbolicLink(links[1], Path.Combine(RepositoryRoot.Path, "src"));
        File.AppendAllText(copy.Combine("theme", "partials", "tools.liquid"), "<div class=\"overflow-menu\"></div>\n");

        var (exitCode, output) = ProcessRunner.Run("node", [Path.Combine("tools", "build-assets.mjs"), "--check"], copy.Combine("theme"));
        // The links go before the folder, so nothing can follow them into the real theme or src/.
        Array.ForEach(links, link => File.Delete(link));

        Assert.True(exitCode == 1, output);
        Assert.Contains("stale: css/dkfds.css", output, StringComparison.Ordinal);
        Assert.DoesNotContain("stale: js/", output, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
