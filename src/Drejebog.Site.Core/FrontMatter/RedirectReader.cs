using System.Text.RegularExpressions;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Modules;

namespace Drejebog.Site.FrontMatter;

/// <summary>
/// Reads <c>redirect_from</c>, the addresses a page used to have, from any page's front matter.
/// Each is a site path; a path that ends with neither <c>/</c> nor <c>.html</c> gets a <c>/</c>,
/// because every page of the site is a folder URL (see docs/content-format.md, "Renaming a page").
/// </summary>
public static partial class RedirectReader
{
    public const string Key = "redirect_from";

    public static IReadOnlyList<FormerUrl> Read(YamlMappingReader reader)
    {
        var urls = new List<FormerUrl>();
        foreach (var (value, position) in reader.TextItems(Key, "en sti eller en liste af stier"))
        {
            var url = Normalise(value, (code, args) => reader.Error(position, code, args));
            if (url is not null)
            {
                urls.Add(new FormerUrl(url, position));
            }
        }
        return urls;
    }

    /// <summary>The normalised path, or null after reporting why <paramref name="path"/> cannot be one.</summary>
    public static string? Normalise(string path, Action<ErrorCode, object?[]> report)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            report(ErrorCodes.RedirectNotSitePath, [path]);
            return null;
        }
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            report(ErrorCodes.RedirectWithQuery, [path, path[cut], WithSlash(path[..cut])]);
            return null;
        }
        // Segments between the slashes; a trailing slash leaves one empty segment at the end, which is fine.
        var segments = path[1..].Split('/');
        var inner = path.EndsWith('/') ? segments[..^1] : segments;
        if (!inner.All(s => s is not ("" or "." or "..") && Segment().IsMatch(s)))
        {
            report(ErrorCodes.RedirectInvalidPath, [path]);
            return null;
        }
        if (BuildOwnedPaths.ReservedFor(path) is { } owner)
        {
            report(ErrorCodes.RedirectReservedPath, [path, owner]);
            return null;
        }
        return WithSlash(path);
    }

    private static string WithSlash(string path) =>
        path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/";

    // Characters that need no escaping in a URL path, a file name or Netlify's _redirects
    // (where spaces separate fields and `:` and `*` are placeholders).
    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex Segment();
}
