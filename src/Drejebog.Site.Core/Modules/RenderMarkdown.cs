using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Glossary;
using Drejebog.Site.Markdown;
using Drejebog.Site.Pipeline;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drejebog.Site.Modules;

/// <summary>
/// Renders each body with the shared Markdig pipeline. Unsafe URLs, disallowed <c>{…}</c> attributes
/// and raw HTML are reported at their place first. Links to other Markdown files are rewritten to
/// the target page's URL; every internal link is recorded with its line so the link checker can point at it.
/// </summary>
public sealed class RenderMarkdown : DocumentModule
{
    private readonly MarkdownPipeline pipeline = MarkdownPipelineFactory.Create();
    private Dictionary<string, string?> urlsByFile = [];
    private GlossaryMatcher glossary = GlossaryMatcher.Empty;

    public override IReadOnlyList<Product> Needs { get; } = [SiteProducts.Glossary];

    public override void Prepare(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        // Built once: every Markdown file that exists, and the URL of those that parsed.
        urlsByFile = documents.ToDictionary(d => d.RelativePath, d => d.Failed ? null : d.Url, StringComparer.Ordinal);
        glossary = products.Get(SiteProducts.Glossary);
    }

    public override long Cost(Document document) => document.Body.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed ? document : Render(document, urlsByFile, context.Diagnostics);

    private Document Render(Document document, IReadOnlyDictionary<string, string?> urlsByFile, DiagnosticBag diagnostics)
    {
        var source = new MarkdownSource(document.DisplayPath, document.Body, document.BodyLine, diagnostics);
        if (!MarkdownNesting.Check(source))
        {
            return document with { Failed = true };
        }
        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(document.Body, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, for nesting built over several lines.
            source.Error(MarkdownNesting.DeepestLine(source), ErrorCodes.MarkdownNestedTooDeep, MarkdownNesting.Limit);
            return document with { Failed = true };
        }
        UnsafeUrls.Check(syntax, source);
        var ids = ElementAttributes.Check(syntax, source);
        RawHtml.Check(syntax, source);
        TableAlignment.UseClasses(syntax);
        var links = new List<MarkdownLink>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            if (string.IsNullOrEmpty(link.Url) || LinkResolver.IsExternal(link.Url))
            {
                continue;
            }
            var position = source.PositionOf(link);
            var href = Rewrite(document, link.Url, urlsByFile, position, diagnostics);
            // Unresolvable links stay as written; the link checker must not report them a second time.
            links.Add(href is null ? new MarkdownLink(link.Url, position, Checked: false) : new MarkdownLink(href, position));
            link.Url = href ?? link.Url;
        }
        // After the links are collected: a term's link needs no check, its page is built with the term.
        var (terms, spellings) = GlossaryLinker.Link(syntax, glossary, (document.Model as Term)?.Id);
        return document with { BodyHtml = syntax.ToHtml(pipeline), Links = links, ElementIds = ids, Body = "", Terms = terms, TermSpellings = spellings };
    }

    private static string? Rewrite(Document document, string url, IReadOnlyDictionary<string, string?> urlsByFile, SourcePosition position, DiagnosticBag diagnostics)
    {
        if (url.StartsWith('#'))
        {
            return document.Url + url;
        }
        if (url.StartsWith('/'))
        {
            return url;
        }

        var (path, fragment) = LinkResolver.SplitFragment(url);
        var target = LinkResolver.ResolveRelativePath(document.RelativePath, Uri.UnescapeDataString(path));
        var suffix = fragment is null ? "" : url[url.IndexOf('#', StringComparison.Ordinal)..];
        if (!target.EndsWith(".md", StringComparison.Ordinal))
        {
            return "/" + target + suffix;
        }
        if (!urlsByFile.TryGetValue(target, out var targetUrl))
        {
            // Only a broken link pays for the search for a near match.
            if (NearMatch.Find(target, urlsByFile.Keys) is { } near)
            {
                diagnostics.Error(document.DisplayPath, position, ErrorCodes.DidYouMean.BrokenFileLink, path, LinkResolver.RelativePath(document.RelativePath, near));
            }
            else
            {
                diagnostics.Error(document.DisplayPath, position, ErrorCodes.BrokenFileLink, path);
            }
            return null;
        }
        // The target exists but has errors of its own; those are reported there.
        return targetUrl is null ? null : targetUrl + suffix;
    }
}
