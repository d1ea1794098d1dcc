using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Assets;

/// <summary>Something in a theme file that keeps it from being fingerprinted, reported by <see cref="Modules.CopyThemeAssets"/>.</summary>
public sealed record AssetProblem(StaticFile File, SourcePosition Position, ErrorCode Code, params object?[] Args);
