namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// The real site built once (with its search index) for the engine fixtures that run at the same
/// time, and deleted when the last of them lets go.
/// </summary>
internal static class SharedBuild
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (TempFolder Folder, Task Built)? current;
    private static int users;

    /// <summary>The output folder, once built; pair every call with <see cref="ReleaseAsync"/>.</summary>
    public static async Task<string> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            users++;
            if (current is null)
            {
                var folder = new TempFolder("engines");
                current = (folder, Task.Run(() => SiteOutput.Build(RepositoryRoot.Input, folder.Combine("output"), search: true)));
            }
        }
        finally
        {
            Gate.Release();
        }
        await current.Value.Built;
        return current.Value.Folder.Combine("output");
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--users == 0 && current is { } last)
            {
                current = null;
                await last.Built.ContinueWith(_ => { }, TaskScheduler.Default);
                last.Folder.Dispose();
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
