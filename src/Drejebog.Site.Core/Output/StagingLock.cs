using System.Diagnostics;
using System.Globalization;

namespace Drejebog.Site.Output;

/// <summary>
/// The lock file <c>.output-&lt;id&gt;.lock</c> beside the staging folder <c>.output-&lt;id&gt;</c>
/// (and the previous output while it is set aside, <c>.output-old-&lt;id&gt;</c>). The build that
/// made them holds it open with <see cref="FileShare.None"/>, which .NET on Linux and macOS turns
/// into an exclusive <c>flock</c>: the kernel drops it when the process ends, however it ends, so
/// a lock nobody holds marks a killed build's leftovers. As a second opinion (file locking can be
/// switched off with <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>) the file names the builder's
/// process id, and leftovers of a process that still runs are left alone.
/// </summary>
internal sealed class StagingLock : IDisposable
{
    private const string Signature = "drejebog-staging";
    private readonly FileStream stream;

    private StagingLock(FileStream stream, string path)
    {
        this.stream = stream;
        Path = path;
    }

    public string Path { get; }

    public static string PathFor(string parent, string id) => System.IO.Path.Combine(parent, $".output-{id}.lock");

    /// <summary>Creates and holds the lock for a new staging folder of <paramref name="target"/>.</summary>
    public static StagingLock Create(string parent, string id, string target)
    {
        var path = PathFor(parent, id);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        try
        {
            var content = string.Create(CultureInfo.InvariantCulture, $"{Signature}\n{Environment.ProcessId}\n{target}\n");
            stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
            stream.Flush(flushToDisk: true);
            return new StagingLock(stream, path);
        }
        catch
        {
            stream.Dispose();
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Takes the lock at <paramref name="path"/> when it is a stale one of ours for <paramref name="target"/>:
    /// our signature and target, nobody holds it, and its process is gone. Null otherwise.
    /// </summary>
    public static StagingLock? TakeIfStale(string path, string target)
    {
        FileStream stream;
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return null;
            }
            stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null; // held by a live build, or not ours to open
        }
        string[] lines;
        try
        {
            lines = Read(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        var ours = lines.Length >= 3 && lines[0] == Signature
            && int.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var process)
            && lines[2].Equals(target, FolderPaths.Comparison)
            && !IsRunning(process);
        if (!ours)
        {
            stream.Dispose();
            return null;
        }
        return new StagingLock(stream, path);
    }

    /// <summary>Releases the lock; the file stays when leftovers beside it still need it to be recognised.</summary>
    public void Release(bool keepFile)
    {
        if (!keepFile)
        {
            File.Delete(Path);
        }
        stream.Dispose();
    }

    public void Dispose() => stream.Dispose();

    private static string[] Read(FileStream stream)
    {
        if (stream.Length > 8192)
        {
            return [];
        }
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
    }

    private static bool IsRunning(int process)
    {
        try
        {
            using var running = Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
