using System.Diagnostics;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Keeps the preview's Pagefind index up to date in the background, so a reload never waits for
/// it: one run at a time, and one more when pages changed during a run. Pagefind writes its index
/// into a fresh folder beside the output, which then replaces <c>pagefind/</c> in one move.
/// </summary>
/// <param name="output">The output folder.</param>
/// <param name="theme">The theme folder, with Pagefind among its packages.</param>
/// <param name="finished">Told after every run: the problem (null when it went well) and how long it took.</param>
internal sealed class SearchRefresher(string output, string theme, Action<string?, TimeSpan> finished) : IDisposable
{
    private readonly object gate = new();
    private Task running = Task.CompletedTask;
    private bool busy;
    private bool again;
    private bool stopped;

    /// <summary>Asks for a new index of the output as it is now.</summary>
    public void Request()
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }
            if (busy)
            {
                again = true;
                return;
            }
            busy = true;
            running = Task.Run(Run);
        }
    }

    /// <summary>
    /// Takes no more requests and waits for the runs already asked for, so the output folder a
    /// stopped preview leaves has an index of its pages, as <c>build</c> would make.
    /// </summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
        }
        running.Wait();
    }

    private void Run()
    {
        while (true)
        {
            var watch = Stopwatch.StartNew();
            var problem = IndexOnce();
            lock (gate)
            {
                // Pages that changed while Pagefind read them can make it fail; only a run over a
                // folder that stayed the same has the last word.
                if (again)
                {
                    again = false;
                    continue;
                }
                busy = false;
            }
            finished(problem, watch.Elapsed);
            return;
        }
    }

    private string? IndexOnce()
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var fresh = Path.Combine(parent, $".pagefind-{Guid.NewGuid():N}");
        try
        {
            var problem = SearchIndexer.Index(output, theme, fresh);
            if (problem is not null)
            {
                return problem;
            }
            var target = Path.Combine(output, PreviewBuilder.SearchFolder);
            if (Directory.Exists(target))
            {
                var old = Path.Combine(parent, $".pagefind-old-{Guid.NewGuid():N}");
                Directory.Move(target, old);
                Directory.Move(fresh, target);
                DeleteLeftover(old);
            }
            else
            {
                Directory.Move(fresh, target);
            }
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return error.Message;
        }
        finally
        {
            DeleteLeftover(fresh);
        }
    }

    // A leftover temporary folder is harmless; failing to remove it must not stop later updates.
    private static void DeleteLeftover(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Left for the next run of the preview to ignore.
        }
    }
}
