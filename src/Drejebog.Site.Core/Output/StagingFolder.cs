using System.Text;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into. <see cref="Commit"/> swaps it
/// in for the output folder; disposing it without committing deletes it, so a failed build leaves
/// the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder : IPageSink, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string target;
    private bool committed;

    private StagingFolder(string target, string path)
    {
        this.target = target;
        Path = path;
    }

    public string Path { get; }

    public static StagingFolder Create(string outputDirectory)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var path = System.IO.Path.Combine(parent, $".output-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new StagingFolder(target, path);
    }

    public void Write(string outputPath, StringBuilder html)
    {
        using var file = OpenPage(outputPath);
        foreach (var chunk in html.GetChunks())
        {
            WriteUtf8(file, chunk.Span);
        }
    }

    public void Write(string outputPath, string html)
    {
        using var file = OpenPage(outputPath);
        WriteUtf8(file, html);
    }

    // One encoding buffer per thread: thousands of pages would otherwise each allocate their own.
    [ThreadStatic]
    private static byte[]? encoded;

    private static void WriteUtf8(FileStream file, ReadOnlySpan<char> text)
    {
        var needed = Utf8.GetMaxByteCount(text.Length);
        if (encoded is null || encoded.Length < needed)
        {
            encoded = new byte[Math.Max(needed, 64 * 1024)];
        }
        var length = Utf8.GetBytes(text, encoded);
        file.Write(encoded, 0, length);
    }

    private FileStream OpenPage(string outputPath)
    {
        var destination = System.IO.Path.Combine(Path, outputPath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        return new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    public void WriteFiles(IEnumerable<StaticFile> files) => Parallel.ForEach(files, file =>
    {
        var destination = System.IO.Path.Combine(Path, file.OutputPath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        if (file.DiskPath is not null)
        {
            File.Copy(file.DiskPath, destination, overwrite: true);
        }
        else
        {
            File.WriteAllBytes(destination, file.Content ?? []);
        }
    });

    /// <summary>Replaces the output folder with this one.</summary>
    public void Commit()
    {
        if (Directory.Exists(target))
        {
            var previous = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $".output-old-{Guid.NewGuid():N}");
            Directory.Move(target, previous);
            try
            {
                Directory.Move(Path, target);
            }
            catch (IOException)
            {
                Directory.Move(previous, target);
                throw;
            }
            committed = true;
            Directory.Delete(previous, recursive: true);
            return;
        }
        Directory.Move(Path, target);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
