namespace Drejebog.Site.Sources;

/// <summary>
/// A path with every symbolic link in it resolved, following chains (like POSIX <c>realpath</c>),
/// so that "is this inside the site folder?" can be answered about where a link really leads.
/// </summary>
public static class RealPath
{
    /// <summary>As many links as Linux follows in one lookup before it reports a loop (ELOOP).</summary>
    public const int MaxLinks = 40;

    /// <summary>The resolved, absolute path; null when the links go in a loop. A missing part stays as it is written.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var resolved = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }
            var next = Path.Join(resolved, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }
            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }
        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both resolved).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(part => part != ".");
}
