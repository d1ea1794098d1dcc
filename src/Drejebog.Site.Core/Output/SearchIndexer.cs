namespace Drejebog.Site.Output;

/// <summary>Builds the Pagefind search index over a finished output folder.</summary>
public static class SearchIndexer
{
    /// <summary>Returns null on success, otherwise what Pagefind said.</summary>
    public static string? Index(string siteDirectory, string themeDirectory)
    {
        var pagefind = Path.Combine(Path.GetFullPath(themeDirectory), "node_modules", ".bin", "pagefind");
        if (!File.Exists(pagefind))
        {
            return $"{pagefind} findes ikke; kør bygningen igen, så temaets pakker installeres.";
        }
        var (exitCode, output) = ProcessRunner.Run(pagefind, ["--site", siteDirectory, "--silent"], siteDirectory);
        return exitCode == 0 ? null : $"pagefind fejlede ({exitCode}): {output}";
    }
}
