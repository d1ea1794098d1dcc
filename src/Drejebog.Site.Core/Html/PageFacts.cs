using System.Text;

namespace Drejebog.Site.Html;

/// <summary>A post-processed page and what the link checker and the CSP guard need to know about it.</summary>
/// <param name="Html">The page; a builder, so a writer can stream it without another copy.</param>
/// <param name="Ids">Every element id in the page.</param>
/// <param name="Links">Every internal link (href, src, action) in the page.</param>
/// <param name="CspBlockedMarkup">What the page has that a strict Content-Security-Policy blocks.</param>
public sealed record PageFacts(StringBuilder Html, IReadOnlySet<string> Ids, IReadOnlyList<string> Links, IReadOnlyList<string> CspBlockedMarkup);
