using Drejebog.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Reports every URL in a Markdown body that <see cref="UrlPolicy"/> refuses (links, images,
/// autolinks, reference definitions) at its place, and blanks it, so the page never carries it and
/// the post-render guard does not report it a second time.
/// </summary>
public static class UnsafeUrls
{
    public static void Check(MarkdownDocument syntax, MarkdownSource source)
    {
        foreach (var definition in syntax.Descendants<LinkReferenceDefinition>())
        {
            if (definition.Url is { } url && !UrlPolicy.IsAllowed(url))
            {
                source.Error(source.PositionOf(definition), ErrorCodes.UnsafeUrl, UrlPolicy.ForMessage(url));
                definition.Url = "";
            }
        }
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !UrlPolicy.IsAllowed(url))
            {
                // A link that uses a reference definition is reported once, at the definition.
                if (link.Reference is null)
                {
                    source.Error(source.PositionOf(link), ErrorCodes.UnsafeUrl, UrlPolicy.ForMessage(url));
                }
                link.Url = "";
            }
        }
        foreach (var autolink in syntax.Descendants<AutolinkInline>())
        {
            if (!UrlPolicy.IsAllowed(autolink.Url))
            {
                source.Error(source.PositionOf(autolink), ErrorCodes.UnsafeUrl, UrlPolicy.ForMessage(autolink.Url));
                autolink.Url = "";
            }
        }
    }
}
