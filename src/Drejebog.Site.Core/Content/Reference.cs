using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>An id written in front matter, with where it was written, so validation can point at it.</summary>
public sealed record Reference(string Id, SourcePosition Position);
