namespace Drejebog.Site.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"drejebog-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Marks <paramref name="relativeFolder"/> (created if missing) as an output folder an earlier build made.</summary>
    public string MarkAsOutput(string relativeFolder)
    {
        var folder = Combine(relativeFolder);
        Directory.CreateDirectory(folder);
        Drejebog.Site.Output.OutputMarker.Write(folder);
        return folder;
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, keyed by relative path, for before/after comparisons.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                path => System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => Convert.ToBase64String(File.ReadAllBytes(path))),
            StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
