using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// <c>drejebog preview</c> as a person runs it: the built program in its own process, started in
/// the repository (so it finds <c>netlify.toml</c> and sends the real CSP), on a free port, and
/// stopped with SIGTERM as Ctrl+C would. Used by the browser tests and by bench/PreviewBench.
/// </summary>
internal sealed partial class PreviewProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Received(line.Data);
        process.ErrorDataReceived += (_, line) => Received(line.Data);
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"drejebog preview stopped with exit code {process.ExitCode}:\n{Output}"));
    }

    /// <summary>Where the preview serves, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => address.Task.IsCompletedSuccessfully ? address.Task.Result : throw new InvalidOperationException("The preview has not started.");

    /// <summary>Everything the preview printed so far, stdout and stderr interleaved.</summary>
    public string Output => string.Join('\n', lines);

    /// <summary>Lines printed so far.</summary>
    public int LineCount => lines.Count;

    /// <summary>Starts the preview of <paramref name="input"/> into <paramref name="output"/> and waits until it serves.</summary>
    public static async Task<PreviewProcess> StartAsync(string input, string output, bool search)
    {
        var start = new ProcessStartInfo(PublishedProgram.Path)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "preview", "-i", input, "-o", output, "-p", "0" }.Concat(search ? [] : ["--no-search"]))
        {
            start.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var preview = new PreviewProcess(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await preview.address.Task.WaitAsync(StartTimeout);
            return preview;
        }
        catch
        {
            await preview.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until a line printed after line <paramref name="after"/> matches; returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> wanted, int after, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            var found = lines.Skip(after).FirstOrDefault(wanted);
            if (found is not null)
            {
                return found;
            }
            if (process.HasExited)
            {
                break;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"drejebog preview printed no such line:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM, which the preview handles as Ctrl+C: it stops watching and finishes the search index.
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }
        lines.Enqueue(line);
        if (AddressLine().Match(line) is { Success: true } match)
        {
            address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Forhåndsvisning: (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressLine();
}
