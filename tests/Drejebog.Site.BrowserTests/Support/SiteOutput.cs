using Drejebog.Site.Output;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Builds a site with the generator in-process, the way <c>drejebog build</c> does: theme packages,
/// pages in memory, then the output folder swapped in whole, then (optionally) Pagefind over it.
/// </summary>
internal static class SiteOutput
{
    /// <summary>Builds <paramref name="input"/> with the repository's theme into <paramref name="output"/>, or throws saying why not.</summary>
    public static void Build(string input, string output, bool search)
    {
        var theme = RepositoryRoot.Theme;
        var installProblem = ThemeInstaller.EnsureInstalled(theme);
        if (installProblem is not null)
        {
            throw new InvalidOperationException($"The theme's npm packages could not be installed: {installProblem}");
        }

        var result = SiteBuilder.Build(SiteSourcesLoader.FromDisk(input, theme, RepositoryRoot.Path));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        var problem = OutputWriter.Write(result, output, search ? folder => SearchIndexer.Index(folder, theme) : null);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The site could not be written to {output}: {problem}");
        }
    }
}
