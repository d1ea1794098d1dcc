using Drejebog.Site.Build;

namespace Drejebog.Site.Content;

/// <summary>
/// Pages whose files exist but have errors of their own. References to them (ids in other files,
/// links) are not reported again: one mistake, one message. A broken phase, milestone or role
/// whose id could not be read (its YAML broke before <c>id:</c>) might be any page of its kind,
/// so references to every unknown page of that kind are let through until it is fixed.
/// </summary>
public sealed class BrokenPages
{
    private readonly HashSet<string> urls;
    private readonly HashSet<string> folders;

    private BrokenPages(HashSet<string> urls, HashSet<string> folders)
    {
        this.urls = urls;
        this.folders = folders;
    }

    public static BrokenPages None { get; } = new([], []);

    public static BrokenPages From(IEnumerable<Document> documents)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Failed))
        {
            if (document.Url.Length > 0)
            {
                urls.Add(document.Url);
                urls.UnionWith(document.RedirectFrom.Select(r => r.Url));
            }
            else if (ContentKinds.FolderKindOf(document.RelativePath) is { } kind)
            {
                folders.Add(kind.UrlSpace);
            }
        }
        return new BrokenPages(urls, folders);
    }

    /// <summary>True when <paramref name="url"/> is, or may be, a page that exists but could not be built.</summary>
    public bool Contains(string url) =>
        urls.Contains(url) || folders.Any(f => url.Length > f.Length && url.StartsWith(f, StringComparison.Ordinal));
}
