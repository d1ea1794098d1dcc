using System.Text;
using System.Text.RegularExpressions;

namespace Drejebog.Site.Html;

/// <summary>
/// Turns links to pages that a long page contains (the whole playbook) into links to their
/// sections on it: <c>/milepaele/x/</c> → <c>#milepael-x</c>, <c>/milepaele/x/#y</c> → the
/// section's copy of <c>y</c> (<see cref="SectionBody.PrefixedId"/>), or <c>y</c> itself when the
/// page has it once (the organisation page's responsibility kinds), else the section. Links to
/// pages not on it (search, plan, …) and to other sites stay as they are.
/// </summary>
public static partial class InPageLinks
{
    [GeneratedRegex("\\shref=\"(/[^\"#]*)(?:#([^\"]*))?\"")]
    private static partial Regex Href();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    /// <param name="html">The rendered page (or the part of it that holds the sections).</param>
    /// <param name="anchors">Each contained page's URL and its section's anchor.</param>
    /// <returns>The page in a builder of small chunks (it holds every section, so as one string it would be a large object).</returns>
    public static StringBuilder Rewrite(string html, IReadOnlyDictionary<string, string> anchors)
    {
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var rewritten = new StringBuilder();
        var copied = 0;
        for (var match = Href().Match(html); match.Success; match = match.NextMatch())
        {
            if (!anchors.TryGetValue(match.Groups[1].Value, out var anchor))
            {
                continue;
            }
            var target = anchor;
            if (match.Groups[2].Success && match.Groups[2].Value.Length > 0)
            {
                var fragment = Uri.UnescapeDataString(match.Groups[2].Value);
                var prefixed = SectionBody.PrefixedId(anchor, fragment);
                target = ids.Contains(prefixed) ? prefixed : ids.Contains(fragment) ? fragment : anchor;
            }
            rewritten.AppendInPieces(html.AsSpan(copied, match.Index - copied)).Append(" href=\"#").Append(target).Append('"');
            copied = match.Index + match.Length;
        }
        return rewritten.AppendInPieces(html.AsSpan(copied));
    }
}
