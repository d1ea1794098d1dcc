using Drejebog.Site.Diagnostics;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Checks what authors write in <c>{…}</c> after a heading, paragraph or link: only <c>#id</c> and
/// <c>.class</c> are allowed, and an id must be unique in the page (heading ids included). Every
/// other attribute (<c>hidden</c>, <c>style</c>, <c>onclick</c>, <c>href</c>, …) is reported at its
/// place and left out of the page.
/// </summary>
public static class ElementAttributes
{
    /// <returns>The ids the author wrote, each with its place, for the check against the layout's ids after rendering.</returns>
    public static IReadOnlyList<ElementId> Check(MarkdownDocument syntax, MarkdownSource source)
    {
        var ids = new List<ElementId>();
        var written = new List<(HtmlAttributes Attributes, HtmlAttributes AsWritten, int Offset)>();
        // Ids Markdig gives headings, and the line of each.
        var idLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var markdownObject in syntax.Descendants())
        {
            if (markdownObject.TryGetAttributes() is not { } attributes)
            {
                continue;
            }
            var asWritten = AsWritten(attributes, source.Body);
            if (asWritten is not null)
            {
                written.Add((attributes, asWritten, attributes.Span.Start));
            }
            if (asWritten?.Id is null && attributes.Id is { } autoId)
            {
                idLines.TryAdd(autoId, source.PositionOf(markdownObject).Line);
            }
        }

        foreach (var (attributes, asWritten, offset) in written)
        {
            var text = source.Body.Substring(offset, attributes.Span.Length);
            if (asWritten.Id is { } id)
            {
                var position = source.PositionAt(offset + Math.Max(0, text.IndexOf("#" + id, StringComparison.Ordinal)));
                if (!idLines.TryAdd(id, position.Line))
                {
                    source.Error(position, ErrorCodes.DuplicateElementId, id, idLines[id]);
                    // Left out, so the check against the layout's ids does not count it again.
                    attributes.Id = null;
                }
                else
                {
                    ids.Add(new ElementId(id, position));
                }
            }
            foreach (var (name, _) in asWritten.Properties ?? [])
            {
                source.Error(source.PositionAt(offset + NameOffset(text, name)), ErrorCodes.AttributeNotAllowed, name);
            }
            attributes.Properties?.Clear();
        }
        return ids;
    }

    /// <summary>What the author wrote in the <c>{…}</c> these attributes came from; null when Markdig made them (a heading's id).</summary>
    private static HtmlAttributes? AsWritten(HtmlAttributes attributes, string body)
    {
        var span = attributes.Span;
        if (span.IsEmpty || span.Start < 0 || span.End < span.Start || span.End >= body.Length || body[span.Start] != '{')
        {
            return null;
        }
        var slice = new StringSlice(body, span.Start, span.End);
        return GenericAttributesParser.TryParse(ref slice, out var parsed) ? parsed : null;
    }

    /// <summary>Where an attribute's name starts in <c>{…}</c>: after <c>{</c> or a space, followed by <c>=</c>, a space or <c>}</c>.</summary>
    private static int NameOffset(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((text[at - 1] is '{' || char.IsWhiteSpace(text[at - 1])) && end < text.Length && (text[end] is '=' or '}' || char.IsWhiteSpace(text[end])))
            {
                return at;
            }
        }
        return 0;
    }
}
