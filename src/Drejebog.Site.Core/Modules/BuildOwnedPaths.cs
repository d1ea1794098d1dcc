using Drejebog.Site.Assets;
using Drejebog.Site.Content;

namespace Drejebog.Site.Modules;

/// <summary>
/// Output paths a page or a redirect from the content may not take: the roots the build writes
/// itself (Netlify's files, the search index, the theme's assets, the data file, the sitemap,
/// robots.txt and the 404 page) and hidden names (a leading <c>.</c>), which web servers hide and
/// where the build keeps its own folders (<c>.drejebog-output</c>, <c>.output-old-…</c>). A page
/// there would be written over, or make a folder where the build needs a file.
/// </summary>
public static class BuildOwnedPaths
{
    /// <summary>The first path segments the build owns, with what they are for, as messages name it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roots = new Dictionary<string, string>(CheckOutputPaths.Reserved, StringComparer.Ordinal)
    {
        [AssetFingerprints.Folder.TrimEnd('/')] = "temaets filer (CSS, JavaScript, billeder)",
        [AddContentIndex.OutputPath[..AddContentIndex.OutputPath.IndexOf('/', StringComparison.Ordinal)]] = $"drejebogens data (/{AddContentIndex.OutputPath})",
        [AddSitemap.SitemapFile] = "sitemappet, som bygningen skriver",
        [AddSitemap.RobotsFile] = "robots.txt, som bygningen skriver",
        [ContentKinds.NotFound.Generated!.OutputPath] = "siden, der vises, når en adresse ikke findes",
    };

    private const string Hidden = "skjulte filer og mapper (navne, der begynder med `.`), som webserveren ikke viser, og som bygningen selv bruger";

    /// <summary>What the URL path (<c>/a/b/</c>) is reserved for, or null when content may use it.</summary>
    public static string? ReservedFor(string urlPath)
    {
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.')))
        {
            return Hidden;
        }
        return segments.Length > 0 && Roots.TryGetValue(segments[0], out var owner) ? owner : null;
    }
}
