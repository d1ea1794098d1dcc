using System.Text;
using Drejebog.Site.Build;
using Microsoft.Win32.SafeHandles;

namespace Drejebog.Site.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into. <see cref="Commit"/> swaps it
/// in for the output folder; disposing it without committing deletes it, so a failed build leaves
/// the previous output exactly as it was. It replaces only a folder the tool owns
/// (<see cref="OutputMarker"/>), holds a <see cref="StagingLock"/> while it lives, and first removes
/// what killed builds of the same target left behind. Every failure is an
/// <see cref="OutputFolderException"/> that says which output is in place.
/// </summary>
public sealed class StagingFolder : IPageSink, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string target;
    private readonly string previous;
    private readonly StagingLock stagingLock;
    private readonly FolderOperations folders;
    private bool committed;
    private bool leftBehind;

    private StagingFolder(string target, string path, string previous, StagingLock stagingLock, FolderOperations folders)
    {
        this.target = target;
        this.previous = previous;
        this.stagingLock = stagingLock;
        this.folders = folders;
        Path = path;
    }

    public string Path { get; }

    /// <exception cref="OutputFolderException">The folder is not ours to replace, or the staging folder could not be made.</exception>
    public static StagingFolder Create(string outputDirectory) => Create(outputDirectory, FolderOperations.Real);

    public static StagingFolder Create(string outputDirectory, FolderOperations folders)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        if (!OutputMarker.MayReplace(target))
        {
            throw new OutputFolderException(OutputFolderRules.NotOurs(target));
        }
        var parent = System.IO.Path.GetDirectoryName(target)!;
        var id = Guid.NewGuid().ToString("N");
        StagingLock? held = null;
        try
        {
            if (File.Exists(target))
            {
                throw new IOException($"{target} er en fil, ikke en mappe");
            }
            Directory.CreateDirectory(parent);
            StaleStaging.RemoveBeside(target, folders);
            // The lock comes first and goes last, so no staging folder of a live build is ever without it.
            held = StagingLock.Create(parent, id, target);
            var path = System.IO.Path.Combine(parent, $".output-{id}");
            Directory.CreateDirectory(path);
            OutputMarker.Write(path);
            return new StagingFolder(target, path, System.IO.Path.Combine(parent, $".output-old-{id}"), held, folders);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var path = System.IO.Path.Combine(parent, $".output-{id}");
            if (held is not null)
            {
                var gone = TryDelete(path, folders);
                held.Release(keepFile: !gone);
            }
            throw new OutputFolderException(OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.OutputCreateFailed, target, error.Message));
        }
    }

    /// <summary>As a sink, a page that cannot be written ends the build (<see cref="PageSinkException"/>).</summary>
    void IPageSink.Write(string outputPath, string html) => Write(outputPath, writer => writer.Add(html, last: true));

    void IPageSink.Write(string outputPath, StringBuilder html) => Write(outputPath, writer =>
    {
        foreach (var chunk in html.GetChunks())
        {
            writer.Add(chunk.Span, last: false);
        }
        writer.Add([], last: true);
    });

    private void Write(string outputPath, Action<Utf8FileWriter> encode)
    {
        try
        {
            using var file = CreatePage(outputPath);
            encode(new Utf8FileWriter(file));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new PageSinkException(outputPath, error);
        }
    }

    /// <summary>
    /// Encodes a page through one small buffer per thread and writes it at growing offsets, so no
    /// page, however long, needs a buffer of its own size (one on the large-object heap, which
    /// costs a full collection when it fills).
    /// </summary>
    private sealed class Utf8FileWriter
    {
        [ThreadStatic]
        private static byte[]? buffer;

        [ThreadStatic]
        private static Encoder? encoder;

        private readonly SafeFileHandle file;
        private readonly byte[] bytes;
        private readonly Encoder utf8;
        private long offset;

        public Utf8FileWriter(SafeFileHandle file)
        {
            this.file = file;
            bytes = buffer ??= new byte[64 * 1024];
            utf8 = encoder ??= Utf8.GetEncoder();
            utf8.Reset();
        }

        /// <summary>Encodes and writes the next piece of the page; <paramref name="last"/> is true for its last, which flushes the encoder.</summary>
        public void Add(ReadOnlySpan<char> text, bool last)
        {
            bool completed;
            do
            {
                utf8.Convert(text, bytes, last, out var used, out var produced, out completed);
                if (produced > 0)
                {
                    RandomAccess.Write(file, bytes.AsSpan(0, produced), offset);
                    offset += produced;
                }
                text = text[used..];
            }
            while (!completed);
        }
    }

    // A bare handle and positioned writes: a FileStream adds a seek, and FileMode.Create a
    // truncate after taking the lock; the folder is new, so the file never exists before (and a
    // second page for the same path fails instead of silently replacing the first).
    private SafeFileHandle CreatePage(string outputPath)
    {
        var destination = OutputPathOutsideFolderException.Inside(Path, outputPath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        return File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    public void WriteFiles(IEnumerable<StaticFile> files) => Parallel.ForEach(files, file =>
    {
        var destination = OutputPathOutsideFolderException.Inside(Path, file.OutputPath);
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
    /// <returns>Null, or a warning when the new output is in place but the old one could not be deleted.</returns>
    /// <exception cref="OutputFolderException">The swap did not happen; the problem says where each output is.</exception>
    public OutputProblem? Commit()
    {
        if (!OutputMarker.MayReplace(target))
        {
            // Checked when the build started too; something put files there since.
            throw new OutputFolderException(OutputFolderRules.NotOurs(target));
        }
        var hadOutput = Directory.Exists(target);
        try
        {
            if (hadOutput)
            {
                folders.Move(target, previous);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.SwapRolledBack, target, error.Message));
        }
        try
        {
            folders.Move(Path, target);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(hadOutput ? RollBack(error) : OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.SwapRolledBack, target, error.Message));
        }
        committed = true;
        if (!hadOutput)
        {
            return null;
        }
        try
        {
            folders.DeleteOwned(previous);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            leftBehind = true;
            return OutputProblem.Of(OutputState.ReplacedWithLeftover, Diagnostics.ErrorCodes.OldOutputLeftBehind, target, error.Message, previous);
        }
    }

    private OutputProblem RollBack(Exception swapError)
    {
        try
        {
            folders.Move(previous, target);
            return OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.SwapRolledBack, target, swapError.Message);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Both folders are kept where they are: the message tells the reader to pick one.
            leftBehind = true;
            return OutputProblem.Of(OutputState.Displaced, Diagnostics.ErrorCodes.SwapNotRolledBack, target, swapError.Message, error.Message, previous, Path);
        }
    }

    public void Dispose()
    {
        var stagingGone = committed || leftBehind || TryDelete(Path, folders);
        // Leftovers keep their lock file (unheld), so the next build recognises and removes them.
        stagingLock.Release(keepFile: leftBehind || !stagingGone);
    }

    private static bool TryDelete(string folder, FolderOperations folders)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                folders.DeleteOwned(folder);
            }
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
