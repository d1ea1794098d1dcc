using System.Text;
using System.Text.RegularExpressions;
using Drejebog.Site.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Warns where a body contains an HTML tag or comment in its text. The pipeline shows raw HTML as
/// text (<c>DisableHtml</c>), so <c>&lt;b&gt;</c> appears on the page as written; the author should
/// know. Code spans and code blocks are left alone, and so is <c>\&lt;</c>, which says "I mean the character".
/// </summary>
public static partial class RawHtml
{
    public static void Check(MarkdownDocument syntax, MarkdownSource source)
    {
        foreach (var leaf in syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }
            CheckChildren(leaf.Inline, source);
            foreach (var container in leaf.Inline.Descendants<ContainerInline>())
            {
                CheckChildren(container, source);
            }
        }
    }

    /// <summary>Looks for a tag in each run of adjacent text pieces (Markdig splits text at <c>&lt;</c>).</summary>
    private static void CheckChildren(ContainerInline container, MarkdownSource source)
    {
        var run = new List<LiteralInline>();
        for (var child = container.FirstChild; ; child = child.NextSibling)
        {
            if (child is LiteralInline { IsFirstCharacterEscaped: false } literal)
            {
                run.Add(literal);
                continue;
            }
            CheckRun(run, source);
            run.Clear();
            if (child is null)
            {
                break;
            }
        }
    }

    private static void CheckRun(List<LiteralInline> run, MarkdownSource source)
    {
        if (run.Count == 0)
        {
            return;
        }
        var text = new StringBuilder();
        foreach (var literal in run)
        {
            text.Append(literal.Content.AsSpan());
        }
        // A closing tag belongs to an opening one that is already reported.
        foreach (Match match in Tag().Matches(text.ToString()))
        {
            if (!match.Value.StartsWith("</", StringComparison.Ordinal))
            {
                source.Warning(PositionIn(run, match.Index, source), ErrorCodes.RawHtml, match.Length > ShownLength ? match.Value[..ShownLength] + "…" : match.Value);
            }
        }
    }

    /// <summary>Where the character at <paramref name="offset"/> in the joined run is written.</summary>
    private static SourcePosition PositionIn(List<LiteralInline> run, int offset, MarkdownSource source)
    {
        foreach (var literal in run)
        {
            if (offset < literal.Content.Length)
            {
                return source.PositionAt(literal.Span.Start + offset);
            }
            offset -= literal.Content.Length;
        }
        return source.PositionOf(run[0]);
    }

    private const int ShownLength = 60;

    [GeneratedRegex(@"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
