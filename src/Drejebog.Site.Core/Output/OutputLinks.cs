namespace Drejebog.Site.Output;

/// <summary>
/// Symbolic links inside an output folder. The build never makes one, and writing or deleting
/// through one would touch files outside the folder (<c>output/roller → /home/…</c>), so they are
/// removed: the link itself, never what it points to.
/// </summary>
internal static class OutputLinks
{
    /// <summary>Removes every link below <paramref name="root"/> without following any, and returns the regular files left.</summary>
    public static List<string> RemoveAndListFiles(string root)
    {
        var files = new List<string>();
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    // unlink(2): removes the link, whether it points at a file, a folder or nothing.
                    File.Delete(entry.FullName);
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    folders.Push(subfolder);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }
        return files;
    }
}
