namespace Drejebog.Site.Output;

/// <summary>Builds the Pagefind search index over a finished output folder.</summary>
public static class SearchIndexer
{
    /// <summary>Returns null on success, otherwise what Pagefind said.</summary>
    /// <param name="siteDirectory">The built site whose pages are indexed.</param>
    /// <param name="themeDirectory">The theme, whose npm packages include Pagefind.</param>
    /// <param name="bundleDirectory">Where the index goes; by default <c>pagefind/</c> in the site.</param>
    public static string? Index(string siteDirectory, string themeDirectory, string? bundleDirectory = null)
    {
        var pagefind = Path.Combine(Path.GetFullPath(themeDirectory), "node_modules", ".bin", "pagefind");
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
}
