namespace Drejebog.Site.FrontMatter;

/// <summary>The two parts of a content file: the YAML between the <c>---</c> lines, and the Markdown after them.</summary>
public sealed record FrontMatterSplit(string Yaml, int YamlLine, string Body, int BodyLine);
