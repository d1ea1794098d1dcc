using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Modules;

/// <summary>
/// Checks that every internal link and <c>#anchor</c> in the finished pages resolves. Links
/// written in Markdown and tool `url`s are reported at their line; links from the theme at the layout. A link to
/// a page's former URL works (the build sends it on) but is reported as a warning.
/// </summary>
public sealed class CheckLinks : IModule
{
    /// <summary>Folders written after this check (Pagefind's index); links into them are not checked.</summary>
    public static readonly IReadOnlyList<string> GeneratedLater = ["/pagefind/"];

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.StaticFiles, SiteProducts.GeneratedFiles, SiteProducts.Redirects];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var pages = documents.Where(d => !d.Failed && d.IsFinished).ToList();
        var site = new Targets(
            pages.ToDictionary(d => d.Url, d => d.Anchors, StringComparer.Ordinal),
            // Pages that exist but could not be built (and their former URLs): links to them are fine, their anchors unknown.
            BrokenPages.From(documents),
            products.Get(SiteProducts.StaticFiles).Concat(products.Get(SiteProducts.GeneratedFiles)).Select(f => "/" + f.OutputPath)
                // A file that exists but could not be read is reported there, not at every link to it.
                .Concat(context.Sources.InputFiles.Where(f => f.Unreadable).Select(f => "/" + f.RelativePath))
                // Printed after this check, before the output is swapped in; a failed print fails the build (DS132).
                .Concat(context.Sources.MakesPdf ? [Output.WholePlaybookPdf.Url] : [])
                .ToHashSet(StringComparer.Ordinal),
            products.Get(SiteProducts.Redirects));

        Parallel.ForEach(pages, page =>
        {
            // Links written in content are checked at their place; the same targets in the page are not reported again at the layout.
            var fromContent = new HashSet<(string Path, string? Fragment)>();
            foreach (var link in page.Links.Concat(ToolLinks(page)))
            {
                fromContent.Add(LinkResolver.Target(page.Url, link.Href));
                if (!link.Checked)
                {
                    continue;
                }
                Check(page, link.Href, page.DisplayPath, link.Position, site, context.Diagnostics);
            }
            var layout = context.ThemePath(TemplateLibrary.LayoutPath(ContentKinds.Named(page.Kind)!.Layout));
            foreach (var href in page.Hrefs.Distinct(StringComparer.Ordinal).Where(h => !fromContent.Contains(LinkResolver.Target(page.Url, h))))
            {
                Check(page, href, layout, SourcePosition.Start, site, context.Diagnostics);
            }
        });
        return documents;
    }

    /// <summary>The internal <c>url</c>s of the tools in a phase's or milestone's front matter, at their lines.</summary>
    private static IEnumerable<MarkdownLink> ToolLinks(Document page) =>
        (page.Model?.LinkedTools ?? [])
            .Where(t => !string.IsNullOrEmpty(t.Url) && !LinkResolver.IsExternal(t.Url))
            .Select(t => new MarkdownLink(t.Url!, t.UrlPosition));

    private static void Check(Document page, string href, string reportPath, SourcePosition position, Targets site, DiagnosticBag diagnostics)
    {
        var (target, fragment) = LinkResolver.Target(page.Url, href);
        if (GeneratedLater.Any(prefix => target.StartsWith(prefix, StringComparison.Ordinal)) || site.Unverifiable.Contains(target))
        {
            return;
        }
        if (site.Redirects.TryGetValue(target, out var moved))
        {
            diagnostics.Warning(reportPath, position, ErrorCodes.LinkToOldUrl, target, string.IsNullOrEmpty(fragment) ? moved : $"{moved}#{fragment}");
            target = moved;
        }
        if (!site.AnchorsByUrl.TryGetValue(target, out var anchors))
        {
            if (!site.Files.Contains(target))
            {
                // Near matches are searched for only here, for the few links that are broken.
                if (NearMatch.Find(target, site.AnchorsByUrl.Keys.Concat(site.Files)) is { } near)
                {
                    diagnostics.Error(reportPath, position, ErrorCodes.DidYouMean.BrokenPageLink, target, near);
                }
                else
                {
                    diagnostics.Error(reportPath, position, ErrorCodes.BrokenPageLink, target);
                }
            }
            return;
        }
        if (!string.IsNullOrEmpty(fragment) && !anchors.Contains(fragment))
        {
            if (NearMatch.Find(fragment, anchors) is { } near)
            {
                diagnostics.Error(reportPath, position, ErrorCodes.DidYouMean.BrokenAnchor, fragment, target, near);
            }
            else
            {
                diagnostics.Error(reportPath, position, ErrorCodes.BrokenAnchor, fragment, target);
            }
        }
    }

    private sealed record Targets(
        Dictionary<string, IReadOnlySet<string>> AnchorsByUrl,
        BrokenPages Unverifiable,
        HashSet<string> Files,
        IReadOnlyDictionary<string, string> Redirects);
}
