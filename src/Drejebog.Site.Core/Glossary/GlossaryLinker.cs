using Drejebog.Site.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drejebog.Site.Glossary;

/// <summary>
/// Links the first occurrence of each term on a page to the term's page. Headings, links, images,
/// code and raw HTML are left alone, and so is the term's own page. An editor keeps one occurrence
/// unlinked by writing it as <c>*ord*{.ikke-begreb}</c>: that occurrence is shown as plain text, and
/// the next one is linked instead. Each link names the short definition the layout puts under the
/// page (<c>aria-describedby</c>), so it is announced and readable without a pointer.
/// </summary>
public static class GlossaryLinker
{
    /// <summary>The class that keeps an occurrence unlinked.</summary>
    public const string OptOutClass = "ikke-begreb";

    /// <summary>The class of a term's link; the stylesheet and the whole playbook page know it.</summary>
    public const string LinkClass = "begreb";

    /// <summary>The id of a term's short definition on the page that links it.</summary>
    public static string DefinitionId(string termId) => $"begreb-{termId}";

    /// <summary>Links terms in <paramref name="syntax"/> in place.</summary>
    /// <param name="syntax">The page's parsed body.</param>
    /// <param name="matcher">The glossary's spellings.</param>
    /// <param name="ownTermId">The term whose own page this is, which links nothing to itself; null on other pages.</param>
    /// <returns>The terms linked, in the order they first occur, and the keys of every spelling found anywhere in the text.</returns>
    public static (IReadOnlyList<string> Linked, IReadOnlySet<string> Found) Link(MarkdownDocument syntax, GlossaryMatcher matcher, string? ownTermId)
    {
        var linked = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (matcher.Spellings.Count == 0)
        {
            return (linked, found);
        }
        // Collected first: linking replaces literals in the tree being walked.
        var literals = new List<(LiteralInline Literal, bool Linkable)>();
        foreach (var leaf in syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline && leaf is not CodeBlock)
            {
                Collect(inline, linkable: leaf is not HeadingBlock, literals);
            }
        }
        foreach (var (literal, linkable) in literals)
        {
            var text = literal.Content.ToString();
            var position = 0;
            var pieces = new List<Inline>();
            foreach (var (index, length, spelling) in matcher.Find(text))
            {
                if (spelling.TermId == ownTermId)
                {
                    continue;
                }
                found.Add(spelling.Key);
                if (!linkable || linked.Contains(spelling.TermId))
                {
                    continue;
                }
                linked.Add(spelling.TermId);
                pieces.Add(new LiteralInline(text[position..index]));
                pieces.Add(TermLink(spelling.TermId, text.Substring(index, length)));
                position = index + length;
            }
            if (pieces.Count > 0)
            {
                pieces.Add(new LiteralInline(text[position..]));
                Replace(literal, pieces);
            }
        }
        return (linked, found);
    }

    private static void Collect(ContainerInline container, bool linkable, List<(LiteralInline, bool)> literals)
    {
        foreach (var inline in container.ToList())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    literals.Add((literal, linkable));
                    break;
                case LinkInline link:
                    Collect(link, linkable: false, literals);
                    break;
                case EmphasisInline emphasis when IsOptOut(emphasis):
                    Collect(emphasis, linkable: false, literals);
                    Unwrap(emphasis);
                    break;
                case ContainerInline inner:
                    Collect(inner, linkable, literals);
                    break;
            }
        }
    }

    private static bool IsOptOut(EmphasisInline emphasis) =>
        emphasis.TryGetAttributes()?.Classes?.Contains(OptOutClass) == true;

    /// <summary>The opt-out marks an occurrence, it does not emphasise it: its text takes its place.</summary>
    private static void Unwrap(EmphasisInline emphasis)
    {
        foreach (var child in emphasis.ToList())
        {
            child.Remove();
            emphasis.InsertBefore(child);
        }
        emphasis.Remove();
    }

    private static LinkInline TermLink(string termId, string text)
    {
        var link = new LinkInline(ContentKinds.Term.UrlOf(termId), "") { IsClosed = true };
        link.AppendChild(new LiteralInline(text));
        var attributes = link.GetAttributes();
        attributes.AddClass(LinkClass);
        attributes.AddProperty("aria-describedby", DefinitionId(termId));
        return link;
    }

    private static void Replace(LiteralInline literal, List<Inline> pieces)
    {
        Inline previous = literal;
        foreach (var piece in pieces)
        {
            if (piece is LiteralInline { Content.Length: 0 })
            {
                continue;
            }
            previous.InsertAfter(piece);
            previous = piece;
        }
        literal.Remove();
    }
}
