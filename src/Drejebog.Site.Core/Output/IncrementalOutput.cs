using System.Security.Cryptography;
using Drejebog.Site.Build;

namespace Drejebog.Site.Output;

/// <summary>
/// Keeps an output folder equal to the latest successful build by touching only what changed:
/// pages and generated files whose bytes differ, static files whose source changed, and files the
/// build no longer makes, which are deleted. For <c>preview</c>, where a rebuild after one edit
/// should write one file, not two hundred. Each file is replaced atomically (written beside it,
/// then renamed over it), so a server reading the folder meanwhile gets the old file or the new
/// one, never half of one. Files are compared with what this instance wrote last, and rewritten if
/// their size or time on disk shows that something else changed them since.
/// </summary>
public sealed class IncrementalOutput
{
    private readonly IReadOnlyList<string> ownedElsewhere;
    private readonly Dictionary<string, WrittenFile> written;

    /// <param name="directory">The output folder; created (and marked as ours) when missing or empty.</param>
    /// <param name="ownedElsewhere">Folders (<c>pagefind/</c>) that another tool writes; never touched here.</param>
    /// <exception cref="OutputFolderException">The folder is not ours (<see cref="OutputMarker"/>) or cannot be created.</exception>
    public IncrementalOutput(string directory, params string[] ownedElsewhere)
    {
        Path = System.IO.Path.GetFullPath(directory);
        this.ownedElsewhere = ownedElsewhere;
        Claim(Path);
        // What is there already is unknown: it is rewritten by the first build, or deleted.
        List<string> existing;
        try
        {
            existing = OutputLinks.RemoveAndListFiles(Path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.OutputFailed, error.Message));
        }
        written = existing
            .Select(file => Relative(file))
            .Where(relative => !IsOwnedElsewhere(relative) && relative != OutputMarker.FileName)
            .ToDictionary(relative => relative, _ => WrittenFile.Unknown, StringComparer.Ordinal);
    }

    /// <summary>Makes <paramref name="folder"/> ours: created and marked if missing or empty; refused if it holds files and no marker.</summary>
    private static void Claim(string folder)
    {
        if (!OutputMarker.MayReplace(folder))
        {
            throw new OutputFolderException(OutputFolderRules.NotOurs(folder));
        }
        try
        {
            if (File.Exists(folder))
            {
                throw new IOException($"{folder} er en fil, ikke en mappe");
            }
            Directory.CreateDirectory(folder);
            if (!OutputMarker.IsMarked(folder))
            {
                OutputMarker.Write(folder);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(OutputProblem.Of(OutputState.Unchanged, Diagnostics.ErrorCodes.OutputCreateFailed, folder, error.Message));
        }
    }

    public string Path { get; }

    /// <summary>A sink for one build's pages; hand it to <see cref="Commit"/> when the build succeeded.</summary>
    public PageBatch StartBuild() => new(this);

    /// <summary>Writes the changed pages and files of a successful build and deletes what it no longer makes.</summary>
    /// <exception cref="IOException">The folder could not be written; the next commit retries every file that differs.</exception>
    public OutputChanges Commit(PageBatch pages, IEnumerable<StaticFile> files)
    {
        // A link added while the preview ran would be written or deleted through.
        OutputLinks.RemoveAndListFiles(Path);
        var produced = new Dictionary<string, Pending>(StringComparer.Ordinal);
        foreach (var (path, page) in pages.Pages)
        {
            produced[path] = page;
        }
        foreach (var file in files)
        {
            produced[file.OutputPath] = file.DiskPath is null ? Pending.From(file.Content ?? []) : Pending.FromDisk(file.DiskPath);
        }

        var changed = produced.Where(p => !IsCurrent(p.Key, p.Value.Fingerprint)).ToList();
        var added = changed.Where(c => !written.TryGetValue(c.Key, out var before) || before == WrittenFile.Unknown).Select(c => c.Key).ToList();
        var results = new WrittenFile?[changed.Count];
        try
        {
            Parallel.For(0, changed.Count, i => results[i] = Write(changed[i].Key, changed[i].Value));
        }
        catch (AggregateException error) when (error.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            throw new IOException(error.InnerExceptions[0].Message, error);
        }
        finally
        {
            // Whatever was written is recorded, so the next commit does not write it again.
            for (var i = 0; i < changed.Count; i++)
            {
                if (results[i] is { } result)
                {
                    written[changed[i].Key] = result;
                }
            }
        }

        var removed = written.Keys.Where(path => !produced.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in removed)
        {
            Delete(path);
            written.Remove(path);
        }
        return new OutputChanges(changed.Select(c => c.Key).Order(StringComparer.Ordinal).ToList(), added.Order(StringComparer.Ordinal).ToList(), removed);
    }

    /// <summary>True when the file on disk is the one last written with this fingerprint.</summary>
    internal bool IsCurrent(string relativePath, string fingerprint)
    {
        if (!written.TryGetValue(relativePath, out var file) || file.Fingerprint != fingerprint)
        {
            return false;
        }
        var info = new FileInfo(Full(relativePath));
        return info.Exists && info.Length == file.Length && info.LastWriteTimeUtc == file.LastWriteUtc;
    }

    private WrittenFile Write(string relativePath, Pending file)
    {
        var destination = Full(relativePath);
        var folder = System.IO.Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(destination)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (file.DiskPath is not null)
            {
                File.Copy(file.DiskPath, temporary);
            }
            else
            {
                File.WriteAllBytes(temporary, file.Bytes!);
            }
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        var info = new FileInfo(destination);
        return new WrittenFile(file.Fingerprint, info.Length, info.LastWriteTimeUtc);
    }

    private void Delete(string relativePath)
    {
        var path = Full(relativePath);
        File.Delete(path);
        // Folders left empty go too, as they would in a clean build.
        for (var folder = System.IO.Path.GetDirectoryName(path); folder is not null && folder.Length > Path.Length; folder = System.IO.Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder);
            }
        }
    }

    private bool IsOwnedElsewhere(string relativePath) =>
        ownedElsewhere.Any(folder => relativePath.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    private string Full(string relativePath) => OutputPathOutsideFolderException.Inside(Path, relativePath);

    private string Relative(string fullPath) => System.IO.Path.GetRelativePath(Path, fullPath).Replace('\\', '/');

    /// <summary>A file to write: bytes, or a file to copy; the fingerprint says whether it differs from the last one.</summary>
    internal sealed record Pending(string Fingerprint, byte[]? Bytes, string? DiskPath)
    {
        public static Pending From(ReadOnlySpan<byte> bytes) => new(Hash(bytes), bytes.ToArray(), null);

        public static Pending FromUnchanged(string fingerprint) => new(fingerprint, null, null);

        /// <summary>A file copied from disk changes when its source does: same path, size and time means same file.</summary>
        public static Pending FromDisk(string diskPath)
        {
            var source = new FileInfo(diskPath);
            return new(FormattableString.Invariant($"{source.FullName}|{source.Length}|{source.LastWriteTimeUtc.Ticks}"), null, diskPath);
        }

        public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private sealed record WrittenFile(string Fingerprint, long Length, DateTime LastWriteUtc)
    {
        public static WrittenFile Unknown { get; } = new("", -1, DateTime.MinValue);
    }
}
