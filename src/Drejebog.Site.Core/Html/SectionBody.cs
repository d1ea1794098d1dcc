using System.Text;

namespace Drejebog.Site.Html;

/// <summary>
/// Fits one page's rendered Markdown into a section of a longer page (the whole playbook): every
/// id gets the section's anchor in front, so ids stay unique when many bodies share one page, and
/// headings move down by the section's depth, so the outline stays correct (a milestone's
/// <c>h2</c> becomes an <c>h4</c> under its phase's <c>h2</c> and its own <c>h3</c>).
/// </summary>
/// <remarks>
/// One pass over the body's tokens (<see cref="HtmlScanner"/>) that rewrites only the tags it
/// changes. A DOM parse and serialisation of every body took a tenth of a second of JIT and
/// parsing for the real playbook alone, and grew with every milestone.
/// </remarks>
public static class SectionBody
{
    /// <summary>The body with prefixed ids and demoted headings (never below <c>h6</c>).</summary>
    /// <param name="html">The page's rendered Markdown (headings already carry their ids).</param>
    /// <param name="anchor">The section's anchor; an id <c>x</c> becomes <c>{anchor}-x</c>.</param>
    /// <param name="shift">How many levels headings move down.</param>
    public static string Fit(string html, string anchor, int shift)
    {
        var scanner = new HtmlScanner(html);
        var fitted = new StringBuilder(html.Length + 256);
        for (var token = scanner.Next(); token.Kind != HtmlTokenKind.EndOfFile; token = scanner.Next())
        {
            var level = HeadingLevel(token.Name);
            var attributes = scanner.Attributes(token);
            if (token.Kind == HtmlTokenKind.StartTag && (level > 0 || attributes.Has("id")))
            {
                StartTag(fitted, level > 0 ? $"h{Math.Min(6, level + shift)}" : token.Name, attributes, anchor, token.SelfClosing);
            }
            else if (token.Kind == HtmlTokenKind.EndTag && level > 0)
            {
                fitted.Append("</h").Append(Math.Min(6, level + shift)).Append('>');
            }
            else
            {
                fitted.Append(html, token.Start, token.Length);
            }
        }
        return fitted.ToString();
    }

    /// <summary>The id an element with <paramref name="id"/> gets in the section <paramref name="anchor"/>.</summary>
    public static string PrefixedId(string anchor, string id) => $"{anchor}-{id}";

    private static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;

    private static void StartTag(StringBuilder fitted, string name, HtmlAttributes attributes, string anchor, bool selfClosing)
    {
        fitted.Append('<').Append(name);
        attributes.AppendTo(fitted, (attributeName, value) => attributeName == "id" ? PrefixedId(anchor, value) : value);
        fitted.Append(selfClosing ? " />" : ">");
    }
}
