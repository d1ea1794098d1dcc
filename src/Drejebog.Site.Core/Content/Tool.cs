using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>A tool, template or piece of material that helps with a phase or milestone.</summary>
/// <param name="Title">What the tool is called.</param>
/// <param name="Note">A short note shown after the title.</param>
/// <param name="Url">Where the tool is: an https address or a path on the site.</param>
/// <param name="UrlPosition">Where <paramref name="Url"/> is written in the front matter, for the link checker.</param>
public sealed record Tool(string Title, string? Note, string? Url, SourcePosition UrlPosition);
