using System.Runtime.InteropServices;

namespace Drejebog.Site.Output;

/// <summary>Builds the Pagefind search index over a finished output folder.</summary>
public static class SearchIndexer
{
    // The extended build first, as the package prefers it too (it also segments Chinese and Japanese).
    private static readonly string[] Programs = ["pagefind_extended", "pagefind"];

    /// <summary>Returns null on success, otherwise what Pagefind said.</summary>
    /// <param name="siteDirectory">The built site whose pages are indexed.</param>
    /// <param name="themeDirectory">The theme, whose npm packages include Pagefind.</param>
    /// <param name="bundleDirectory">Where the index goes; by default <c>pagefind/</c> in the site.</param>
    public static string? Index(string siteDirectory, string themeDirectory, string? bundleDirectory = null)
    {
        var pagefind = Binary(Path.Combine(Path.GetFullPath(themeDirectory), "node_modules"));
        if (!File.Exists(pagefind))
        {
            return $"{pagefind} findes ikke; kør bygningen igen, så temaets pakker installeres.";
        }
        string[] arguments = bundleDirectory is null
            ? ["--site", siteDirectory, "--silent"]
            : ["--site", siteDirectory, "--output-path", Path.GetFullPath(bundleDirectory), "--silent"];
        var (exitCode, output) = ProcessRunner.Run(pagefind, arguments, siteDirectory);
        return exitCode == 0 ? null : $"pagefind fejlede ({exitCode}): {output}";
    }

    /// <summary>
    /// Pagefind's own program from the npm package for this machine (<c>@pagefind/linux-x64</c>), the
    /// one the package's <c>.bin/pagefind</c> script looks up and starts; calling it directly saves
    /// starting Node, about 80 ms of every build (bench/README.md). Without that package (a platform
    /// Pagefind publishes none for) the script is the way, and it says what is missing.
    /// </summary>
    internal static string Binary(string nodeModules)
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var architecture = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var extension = OperatingSystem.IsWindows() ? ".exe" : "";
        var folder = Path.Combine(nodeModules, "@pagefind", $"{platform}-{architecture}", "bin");
        return Programs.Select(name => Path.Combine(folder, name + extension)).FirstOrDefault(File.Exists)
            ?? Path.Combine(nodeModules, ".bin", "pagefind");
    }
}
