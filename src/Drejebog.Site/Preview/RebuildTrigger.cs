using System.Diagnostics;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and reports, once per burst of saves, which files changed.
/// An editor's save is several events within a millisecond or two (truncate, write, rename), so a
/// rebuild starts after <see cref="Quiet"/> without events, or at the latest <see cref="Patience"/>
/// after the first, when files keep changing.
/// </summary>
internal sealed class RebuildTrigger : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);
    public static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);
    private readonly object gate = new();
    private HashSet<string> paths = new(StringComparer.Ordinal);
    private bool overflowed;

    public RebuildTrigger(params string[] folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnRename;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a burst of changes and returns it; null when cancelled.</summary>
    public ChangeSet? WaitForChanges(CancellationToken cancel)
    {
        try
        {
            while (true)
            {
                changed.Wait(cancel);
                var since = Stopwatch.StartNew();
                while (since.Elapsed < Patience && changed.Wait(Quiet, cancel))
                {
                    // More events of the same save, or of the next file saved with it.
                }
                while (changed.Wait(0, CancellationToken.None))
                {
                    // Counted events are in the set taken below.
                }
                lock (gate)
                {
                    var set = new ChangeSet(paths, overflowed);
                    paths = new(StringComparer.Ordinal);
                    overflowed = false;
                    if (set.Paths.Count > 0 || set.Overflowed)
                    {
                        return set;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
        changed.Dispose();
    }

    private void OnRename(object sender, RenamedEventArgs change)
    {
        Add(change.OldFullPath);
        Add(change.FullPath);
    }

    private void OnChange(object sender, FileSystemEventArgs change) => Add(change.FullPath);

    private void OnError(object sender, ErrorEventArgs error)
    {
        // Events were lost (too many at once): what changed is unknown, so everything is built again.
        lock (gate)
        {
            overflowed = true;
        }
        Release();
    }

    private void Add(string path)
    {
        // The theme's installed packages are not ours to watch; editors' swap and backup files are no content.
        var name = Path.GetFileName(path);
        if (path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            || name.StartsWith('.') || name.EndsWith('~'))
        {
            return;
        }
        lock (gate)
        {
            paths.Add(path);
        }
        Release();
    }

    private void Release()
    {
        try
        {
            changed.Release();
        }
        catch (ObjectDisposedException)
        {
            // An event raced the shutdown.
        }
    }
}

/// <summary>The files one burst of saves changed.</summary>
/// <param name="Paths">Full paths of the files (and folders) that changed.</param>
/// <param name="Overflowed">True when events were lost, so any file may have changed.</param>
internal sealed record ChangeSet(IReadOnlySet<string> Paths, bool Overflowed)
{
    /// <summary>
    /// Whether the next build must start from nothing: the theme or <c>site.yml</c> changes what
    /// every page is made of. Edits to content files are safe to build incrementally, because
    /// every cached result is keyed by the text it came from.
    /// </summary>
    public bool NeedsFullBuild(string inputFolder, string themeFolder)
    {
        var theme = Path.GetFullPath(themeFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var settings = Path.Combine(Path.GetFullPath(inputFolder), Modules.ReadSiteSettings.FileName);
        return Overflowed || Paths.Any(path => path.StartsWith(theme, StringComparison.Ordinal) || path == settings);
    }
}
