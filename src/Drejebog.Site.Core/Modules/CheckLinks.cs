using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Checks that every internal link and <c>#anchor</c> in the finished pages resolves. Links
/// written in Markdown are reported at their line; links from the theme at the layout.
/// </summary>
public sealed class CheckLinks : IModule
{
    /// <summary>Folders written after this check (Pagefind's index); links into them are not checked.</summary>
    public static readonly IReadOnlyList<string> GeneratedLater = ["/pagefind/"];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var pages = documents.Where(d => !d.Failed && d.IsFinished).ToList();
        var anchorsByUrl = pages.ToDictionary(d => d.Url, d => d.Anchors, StringComparer.Ordinal);
        // Pages that exist but could not be built: links to them are fine, their anchors unknown.
        var unverifiable = documents.Where(d => d.Failed && d.Url.Length > 0).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        var files = context.StaticFiles.Concat(context.GeneratedFiles).Select(f => "/" + f.OutputPath).ToHashSet(StringComparer.Ordinal);

        Parallel.ForEach(pages, page =>
        {
            var fromMarkdown = new HashSet<string>(StringComparer.Ordinal);
            foreach (var link in page.Links)
            {
                fromMarkdown.Add(link.Href);
                if (!link.Checked)
                {
                    continue;
                }
                Check(page, link.Href, page.DisplayPath, link.Position, anchorsByUrl, unverifiable, files, context.Diagnostics);
            }
            var layout = context.ThemePath($"layouts/{page.Kind}.liquid");
            foreach (var href in page.Hrefs.Distinct(StringComparer.Ordinal).Where(h => !fromMarkdown.Contains(h)))
            {
                Check(page, href, layout, SourcePosition.Start, anchorsByUrl, unverifiable, files, context.Diagnostics);
            }
        });
        return documents;
    }

    private static void Check(Document page, string href, string reportPath, SourcePosition position,
        Dictionary<string, IReadOnlySet<string>> anchorsByUrl, HashSet<string> unverifiable, HashSet<string> files, DiagnosticBag diagnostics)
    {
        var (path, fragment) = LinkResolver.SplitFragment(href);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }
        var target = path.Length == 0 ? page.Url : Absolute(page.Url, path);
        if (GeneratedLater.Any(prefix => target.StartsWith(prefix, StringComparison.Ordinal)) || unverifiable.Contains(target))
        {
            return;
        }
        if (!anchorsByUrl.TryGetValue(target, out var anchors))
        {
            if (!files.Contains(target))
            {
                diagnostics.Error(reportPath, position, ErrorCodes.BrokenPageLink, target);
            }
            return;
        }
        if (!string.IsNullOrEmpty(fragment) && !anchors.Contains(fragment))
        {
            diagnostics.Error(reportPath, position, ErrorCodes.BrokenAnchor, fragment, target);
        }
    }

    private static string Absolute(string pageUrl, string path) =>
        path.StartsWith('/') ? Uri.UnescapeDataString(path) : Uri.UnescapeDataString(new Uri(new Uri("http://site" + pageUrl), path).AbsolutePath);
}
