using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Markdown;

/// <summary>An internal link written in Markdown: the href it has in the page, and where it was written.</summary>
/// <param name="Href">The href as it ends up in the page.</param>
/// <param name="Position">Where the link is written in the source file.</param>
/// <param name="Checked">False when the link is already reported, or points at a file that has errors of its own.</param>
public sealed record MarkdownLink(string Href, SourcePosition Position, bool Checked = true);
