using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Markdown;

/// <summary>An internal link written in Markdown: the href it has in the page, and where it was written.</summary>
public sealed record MarkdownLink(string Href, SourcePosition Position);
