using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>What one role does in one milestone.</summary>
public sealed record Responsibility(string RoleId, ResponsibilityKind Kind, string? Note, SourcePosition RolePosition);
