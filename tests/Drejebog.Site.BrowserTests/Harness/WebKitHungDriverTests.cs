using Drejebog.Site.BrowserTests.Support.Engines;

namespace Drejebog.Site.BrowserTests.Harness;

/// <summary>
/// The WebKit engine's answer to a start that hangs, with a real process: a stand-in driver that
/// never answers the first time (and has started a child of its own, as WebKitWebDriver starts
/// MiniBrowser) is killed with its child, and the next start gives a session that runs script.
/// </summary>
public sealed class WebKitHungDriverTests : IDisposable
{
    // Also the real start's limit: far above its 0.3 s, so only the stand-in's hang is told.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("drejebog-hung-driver-");

    private string HungPids => Path.Combine(folder.FullName, "hung");

    /// <summary>A driver that hangs the first time it is started and is the real one after that.</summary>
    private string StandInDriver()
    {
        Assert.True(File.Exists(WebKitEngine.DriverPath), $"No WebKitWebDriver at {WebKitEngine.DriverPath}: install webkit2gtk-driver (as .ci/run does) or set {WebKitEngine.DriverVariable}.");
        var script = Path.Combine(folder.FullName, "driver");
        File.WriteAllText(script, $"""
            #!/bin/sh
            if [ ! -e '{HungPids}' ]; then
              sleep 600 &
              echo "$$ $!" > '{HungPids}'
              exec sleep 600
            fi
            exec '{WebKitEngine.DriverPath}' "$@"

            """);
        // WebKitGTK, and so this engine, is Linux only.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return script;
    }

    [Fact]
    public async Task A_driver_that_hangs_is_killed_with_its_child_and_the_next_start_gives_a_working_session()
    {
        var notes = new List<string>();
        await using var engine = await WebKitEngine.LaunchAsync(notes.Add, StandInDriver(), Limit);

        await using var profile = await engine.NewProfileAsync();
        var tab = await profile.NewTabAsync();
        await tab.GoAsync(new Uri("about:blank"));

        Assert.Equal("works", await tab.CallAsync("(text) => text", "works"));
        var note = Assert.Single(notes);
        Assert.StartsWith("WebKit: a new session: attempt 1: no answer within 10 s", note, StringComparison.Ordinal);
        Assert.Contains("WebKitWebDriver said: nothing", note, StringComparison.Ordinal);
        foreach (var pid in File.ReadAllText(HungPids).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            Assert.True(await GoneAsync(pid), $"The hung driver's process {pid} is still running.");
        }
    }

    /// <summary>True once the process has ended (a zombie waiting to be reaped has ended); a child the kill orphaned is reaped by init a moment later.</summary>
    private static async Task<bool> GoneAsync(int pid)
    {
        for (var wait = 0; wait < 50; wait++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat))
            {
                return true;
            }
            try
            {
                var text = await File.ReadAllTextAsync(stat);
                // The state follows the command name in parentheses: "1234 (sleep) S …".
                if (text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
