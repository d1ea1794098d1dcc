namespace Drejebog.Site.Output;

/// <summary>
/// The folder moves and deletions that commit an output, in one place so tests can make one of
/// them fail: as root, which CI is, no permission stops a rename or a delete.
/// </summary>
public class FolderOperations
{
    public static FolderOperations Real { get; } = new();

    public virtual void Move(string source, string destination) => Directory.Move(source, destination);

    /// <summary>
    /// Deletes a folder of ours: everything but the marker first, the marker last, so a folder that a
    /// killed delete left half done is still recognisably ours (or empty) for the next build.
    /// Links inside are removed, never followed.
    /// </summary>
    public virtual void DeleteOwned(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null || !OutputMarker.MayReplace(folder))
        {
            throw new IOException($"{folder} er ikke lavet af drejebog og slettes ikke");
        }
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name == OutputMarker.FileName)
            {
                continue;
            }
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
        File.Delete(Path.Combine(folder, OutputMarker.FileName));
        Directory.Delete(folder);
    }
}
