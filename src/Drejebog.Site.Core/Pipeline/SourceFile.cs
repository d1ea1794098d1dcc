namespace Drejebog.Site.Pipeline;

/// <summary>A file from the input folder, as raw bytes (decoding is checked by a module).</summary>
public sealed record SourceFile(string RelativePath, byte[] Content);
