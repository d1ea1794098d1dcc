using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>A result that exists when a milestone is reached; browsers key checklist progress on <see cref="Id"/>.</summary>
public sealed record Deliverable(string Id, string Text, SourcePosition Position);
