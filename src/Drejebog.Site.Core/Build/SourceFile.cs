namespace Drejebog.Site.Build;

/// <summary>A file from the input folder, as raw bytes (decoding is checked by a module).</summary>
/// <param name="RelativePath">The path relative to the input folder.</param>
/// <param name="Content">The bytes; empty when <paramref name="Unreadable"/>.</param>
/// <param name="Unreadable">
/// The file exists but could not be read (too large, no permission); that is already reported at the
/// file, so it counts as existing and links to it are not reported again.
/// </param>
public sealed record SourceFile(string RelativePath, byte[] Content, bool Unreadable = false);
