using Drejebog.Site.FrontMatter;

namespace Drejebog.Site.Content;

/// <summary>How a kind's front matter is read.</summary>
/// <param name="Owner">What the front matter belongs to, as messages name it (<c>en milepæl</c>).</param>
/// <param name="Read">Reads the model; null when the front matter has errors (they are reported).</param>
public sealed record FrontMatterReading(string Owner, Func<YamlMappingReader, IPageModel?> Read);
