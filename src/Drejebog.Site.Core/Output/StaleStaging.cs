using System.Text.RegularExpressions;

namespace Drejebog.Site.Output;

/// <summary>
/// Removes what killed builds of the same output folder left beside it: <c>.output-&lt;id&gt;</c>
/// and <c>.output-old-&lt;id&gt;</c> folders whose lock file is ours, names this target, and is held
/// by no running build (<see cref="StagingLock"/>). A folder is deleted only when it holds our marker,
/// or is empty; anything else stays.
/// </summary>
internal static partial class StaleStaging
{
    public static void RemoveBeside(string target, FolderOperations folders)
    {
        var parent = Path.GetDirectoryName(target)!;
        IEnumerable<string> locks;
        try
        {
            locks = Directory.EnumerateFiles(parent, ".output-*.lock").ToList();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var path in locks)
        {
            var match = LockName().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                continue;
            }
            try
            {
                RemoveIfStale(path, match.Groups["id"].Value, target, folders);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Cleaning up is a courtesy: what cannot be removed now is tried again by the next build.
            }
        }
    }

    private static void RemoveIfStale(string lockPath, string id, string target, FolderOperations folders)
    {
        using var stale = StagingLock.TakeIfStale(lockPath, target);
        if (stale is null)
        {
            return;
        }
        var parent = Path.GetDirectoryName(lockPath)!;
        var remaining = new[] { $".output-{id}", $".output-old-{id}" }
            .Select(name => Path.Combine(parent, name))
            .Count(folder => !TryRemove(folder, folders));
        stale.Release(keepFile: remaining > 0);
    }

    /// <summary>Removes one leftover folder; true when it is gone.</summary>
    private static bool TryRemove(string folder, FolderOperations folders)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists)
        {
            return true;
        }
        if (info.LinkTarget is not null)
        {
            return false;
        }
        try
        {
            if (OutputMarker.IsMarked(folder))
            {
                folders.DeleteOwned(folder);
            }
            else
            {
                // A build killed while it wrote the marker leaves only a half-written marker; a delete
                // killed after the marker went leaves the folder empty; a full one is not ours to delete.
                var marker = Path.Combine(folder, OutputMarker.FileName);
                if (Directory.EnumerateFileSystemEntries(folder).Take(2).ToList() is [var only] && only == marker && new FileInfo(marker).LinkTarget is null)
                {
                    File.Delete(marker);
                }
                Directory.Delete(folder, recursive: false);
            }
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex("^\\.output-(?<id>[0-9a-f]{32})\\.lock$")]
    private static partial Regex LockName();
}
