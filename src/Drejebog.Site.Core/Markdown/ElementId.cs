using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Markdown;

/// <summary>An id an author gave an element with <c>{#id}</c>, and where it is written.</summary>
public sealed record ElementId(string Id, SourcePosition Position);
