namespace Drejebog.Site.Pipeline;

/// <summary>A file copied to the output as it is: from disk (<see cref="DiskPath"/>) or from memory.</summary>
public sealed record StaticFile(string OutputPath, string? DiskPath, byte[]? Content);
