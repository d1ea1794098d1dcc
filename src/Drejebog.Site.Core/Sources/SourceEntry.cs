namespace Drejebog.Site.Sources;

/// <summary>A regular file found in a <see cref="SourceTree"/>.</summary>
/// <param name="RelativePath">Its path under the tree's folder, with <c>/</c> (<c>faser/1-planlaegning.md</c>); for a link, the link's path.</param>
/// <param name="RealPath">The file itself, every link resolved; always inside the folder.</param>
/// <param name="Length">Its size when it was found.</param>
public sealed record SourceEntry(string RelativePath, string RealPath, long Length);
