using System.Diagnostics;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// The X display WebKitGTK draws on: <c>DISPLAY</c> when it is set (as under <c>xvfb-run</c>),
/// otherwise an Xvfb of our own on a display it picks itself (<c>-displayfd</c>), so
/// <c>dotnet test</c> needs nothing around it.
/// </summary>
internal sealed class VirtualDisplay : IDisposable
{
    private const string Xvfb = "/usr/bin/Xvfb";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly Process? server;

    private VirtualDisplay(string name, Process? server)
    {
        Name = name;
        this.server = server;
    }

    /// <summary>The value for <c>DISPLAY</c>, such as <c>:99</c>.</summary>
    public string Name { get; }

    public static async Task<VirtualDisplay> OpenAsync()
    {
        var existing = Environment.GetEnvironmentVariable("DISPLAY");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new VirtualDisplay(existing, null);
        }
        if (!File.Exists(Xvfb))
        {
            throw new InvalidOperationException($"WebKit needs a display: DISPLAY is not set and {Xvfb} is not installed. Install it (`apt-get install xvfb`, as .ci/run does) or run the tests under xvfb-run.");
        }
        var start = new ProcessStartInfo(Xvfb)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // -displayfd 1: Xvfb takes the first free display and writes its number to stdout once it accepts clients.
        foreach (var argument in new[] { "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Xvfb did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            var number = await process.StandardOutput.ReadLineAsync(limit.Token);
            if (string.IsNullOrWhiteSpace(number))
            {
                throw new InvalidOperationException($"Xvfb exited without a display: {await errors}");
            }
            return new VirtualDisplay(":" + number.Trim(), process);
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    public void Dispose()
    {
        if (server is not null)
        {
            Stop(server);
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        process.Dispose();
    }
}
