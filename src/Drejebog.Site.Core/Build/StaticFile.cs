namespace Drejebog.Site.Build;

/// <summary>A file copied to the output as it is: from disk (<see cref="DiskPath"/>) or from memory.</summary>
/// <param name="OutputPath">Where it is written, relative to the output folder.</param>
/// <param name="DiskPath">The file to copy, or null when <paramref name="Content"/> holds it.</param>
/// <param name="Content">The bytes to write when there is no <paramref name="DiskPath"/>.</param>
/// <param name="SourcePath">How diagnostics name the file (<c>theme/node_modules/dkfds/dist/css/dkfds.css</c>); null for <c>theme/</c> plus the output path.</param>
public sealed record StaticFile(string OutputPath, string? DiskPath, byte[]? Content, string? SourcePath = null);
