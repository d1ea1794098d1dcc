using Drejebog.Site.Content;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The output folder as the preview serves it: which file a checked request path names. Folder
/// URLs name their <c>index.html</c> (without the slash they are redirected), hidden names and
/// missing files are 404, and a path that a symbolic link would take outside the folder is 403.
/// </summary>
internal sealed class SiteFolder
{
    /// <summary>The page served, with status 404, for every path the site does not have.</summary>
    public static readonly string NotFoundPage = ContentKinds.NotFound.Generated!.OutputPath;

    private readonly string root;

    /// <param name="root">The output folder.</param>
    public SiteFolder(string root) => this.root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    public string NotFoundFile => Path.Combine(root, NotFoundPage);

    /// <summary>The status and file for a checked request path: 200, 301 (add the slash), 403 or 404.</summary>
    public (int Status, string? File) Resolve(RequestTarget target)
    {
        // Hidden names (the writer's temporary files, editors' backups) are no part of the site.
        if (target.Segments.Any(segment => segment.StartsWith('.')))
        {
            return (404, null);
        }
        var candidate = Path.GetFullPath(Path.Combine([root, .. target.Segments]));
        if (!IsInside(candidate) || !StaysInside(target.Segments))
        {
            return (403, null);
        }
        if (Directory.Exists(candidate))
        {
            if (!target.IsFolder && target.Segments.Count > 0)
            {
                return (301, null);
            }
            candidate = Path.Combine(candidate, "index.html");
        }
        return File.Exists(candidate) ? (200, candidate) : (404, null);
    }

    /// <summary>A file's path in the folder with forward slashes, as the reload messages name it.</summary>
    public string Relative(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>False when a symbolic link on the way to the file points outside the folder.</summary>
    private bool StaysInside(IReadOnlyList<string> segments)
    {
        var path = root;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!entry.Exists)
            {
                return true;
            }
            if (entry.LinkTarget is not null)
            {
                var final = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (final is null || !IsInside(final))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private bool IsInside(string fullPath) =>
        fullPath == root || fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
