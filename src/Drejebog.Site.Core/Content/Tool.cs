namespace Drejebog.Site.Content;

/// <summary>A tool, template or piece of material that helps with a phase or milestone.</summary>
public sealed record Tool(string Title, string? Note, string? Url);
