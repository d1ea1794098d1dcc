namespace Drejebog.Site.Output;

/// <summary>
/// A file was to be written outside the output folder (an output path with <c>..</c> or rooted).
/// The loader never lets one through; this is the writers' own guard. An <see cref="IOException"/>,
/// so it ends the build as any failed write does (DS052), with the output unchanged.
/// </summary>
public sealed class OutputPathOutsideFolderException(string outputPath, string folder)
    : IOException($"`{outputPath}` ville blive skrevet uden for {folder}, og det gør bygningen aldrig")
{
    /// <summary>The full path of <paramref name="relativePath"/> in <paramref name="folder"/>, or throws when it leads out of it.</summary>
    public static string Inside(string folder, string relativePath)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputPathOutsideFolderException(relativePath, folder);
        }
        return full;
    }
}
