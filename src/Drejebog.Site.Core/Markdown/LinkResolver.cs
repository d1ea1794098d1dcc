namespace Drejebog.Site.Markdown;

/// <summary>Resolves links written in Markdown to site URLs.</summary>
public static class LinkResolver
{
    /// <summary>True for links that leave the site (<c>https:</c>, <c>mailto:</c>, <c>//host</c>).</summary>
    public static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal) || HasScheme(href);

    /// <summary>Combines a relative path with the folder of the file that contains it.</summary>
    public static string ResolveRelativePath(string fromFile, string relative)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The relative path from the folder of <paramref name="fromFile"/> to <paramref name="toFile"/>, both relative to the same root: <c>milepaele/a.md</c> → <c>roller/b.md</c> is <c>../roller/b.md</c>.</summary>
    public static string RelativePath(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && string.Equals(from[shared], to[shared], StringComparison.Ordinal))
        {
            shared++;
        }
        return string.Concat(Enumerable.Repeat("../", from.Length - shared)) + string.Join('/', to[shared..]);
    }

    /// <summary>Splits <c>page#anchor</c> into the page part and the anchor (without <c>#</c>).</summary>
    public static (string Path, string? Fragment) SplitFragment(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (href, null) : (href[..hash], Uri.UnescapeDataString(href[(hash + 1)..]));
    }

    /// <summary>
    /// The site path an internal href in the page at <paramref name="pageUrl"/> points to, without
    /// query, and its anchor: <c>../plan/?rolle=x#mål</c> on <c>/milepaele/start/</c> → (<c>/milepaele/plan/</c>, <c>mål</c>).
    /// </summary>
    public static (string Path, string? Fragment) Target(string pageUrl, string href)
    {
        var (path, fragment) = SplitFragment(href);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }
        if (path.Length == 0)
        {
            return (pageUrl, fragment);
        }
        var absolute = path.StartsWith('/') ? path : new Uri(new Uri("http://site" + pageUrl), path).AbsolutePath;
        return (Uri.UnescapeDataString(absolute), fragment);
    }

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        for (var i = 0; i < colon; i++)
        {
            var c = href[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
