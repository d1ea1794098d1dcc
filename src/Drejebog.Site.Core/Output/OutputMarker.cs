namespace Drejebog.Site.Output;

/// <summary>
/// The file that marks a folder as made by drejebog, so a later build may replace it. Every output
/// folder and staging folder gets one when it is created; a folder without it is replaced only
/// when it is empty. It is a dotfile with a fixed, harmless text: the input loader skips hidden
/// files (so no page can collide with it), <c>preview</c> does not serve hidden files, and Netlify
/// does not publish them; published or not, it says nothing about the build machine.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".drejebog-output";

    // The first line identifies the marker; the rest is for a person who finds the file.
    private const string Signature = "drejebog-output";

    private const string Text = Signature + "\n" +
        "Denne mappe er skrevet af drejebog (build eller preview) og erstattes helt ved næste bygning. Læg ikke egne filer her.\n";

    /// <summary>True when <paramref name="folder"/> holds a marker file (a regular file, not a link) that starts with our signature.</summary>
    public static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, FileName));
        if (!marker.Exists || marker.LinkTarget is not null || marker.Length > 4096)
        {
            return false;
        }
        try
        {
            using var reader = new StreamReader(marker.FullName);
            return reader.ReadLine() == Signature;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>True when drejebog may replace <paramref name="folder"/>: it does not exist, is empty, or is marked. A folder it cannot list is not.</summary>
    public static bool MayReplace(string folder)
    {
        try
        {
            return !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || IsMarked(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
