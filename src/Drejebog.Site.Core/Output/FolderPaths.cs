namespace Drejebog.Site.Output;

/// <summary>Paths compared as the file system sees them: symbolic links resolved, case folded where the OS folds it.</summary>
public static class FolderPaths
{
    // Linux file systems are case-sensitive; macOS and Windows usually are not. Folding where unsure refuses more, never less.
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// The absolute path with every symbolic link along it resolved (the part that does not exist yet is
    /// kept as written), so two spellings of one folder compare equal.
    /// </summary>
    public static string Resolve(string path) => Resolve(Path.GetFullPath(path), depth: 0);

    private static string Resolve(string fullPath, int depth)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var resolved = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(resolved, parts[i]);
            FileSystemInfo? target = null;
            try
            {
                var entry = new FileInfo(next);
                target = entry.LinkTarget is null ? null : entry.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A link loop or a folder we may not read: writing there fails later and says so; compare what was written.
            }
            if (target is null || depth > 40)
            {
                resolved = next;
                continue;
            }
            // The target may itself lie under links; the rest of the path continues from it.
            resolved = Resolve(Path.GetFullPath(target.FullName), depth + 1);
        }
        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both already resolved).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var trimmed = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path.TrimEnd(Path.DirectorySeparatorChar).Equals(trimmed, Comparison)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, Comparison);
    }
}
