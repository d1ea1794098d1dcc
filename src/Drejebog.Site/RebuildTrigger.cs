namespace Drejebog.Site.Cli;

/// <summary>Watches the input and theme folders and reports, once per burst of saves, that something changed.</summary>
internal sealed class RebuildTrigger : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);

    public RebuildTrigger(params string[] folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then until the folders have been quiet for a moment. False when cancelled.</summary>
    public bool WaitForChange(CancellationToken cancel)
    {
        try
        {
            changed.Wait(cancel);
            while (changed.Wait(Quiet, cancel))
            {
                // An editor saving several files fires many events: build once when they stop.
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
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

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        // The theme's installed packages are not ours to watch.
        if (!change.FullPath.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        {
            changed.Release();
        }
    }
}
