using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// WebKitGTK (Safari's engine) through Debian's <c>WebKitWebDriver</c>, a W3C WebDriver server that
/// starts the MiniBrowser in automation mode on an X display (<see cref="VirtualDisplay"/>). A
/// profile is a WebDriver session (a fresh, ephemeral MiniBrowser) of a driver of its own, since a
/// WebKitWebDriver holds one session at a time; a tab is one of the session's windows.
/// </summary>
internal sealed class WebKitEngine : IEngine
{
    public const string DriverVariable = "WEBKIT_DRIVER_PATH";
    public const string BrowserVariable = "WEBKIT_MINIBROWSER_PATH";
    private const string DebianDriver = "/usr/bin/WebKitWebDriver";
    private const string ElementKey = "element-6066-11e4-a52e-4f735466cecf";
    // A session starts in about 0.3 s, 0.9 s with the cores busy: a hang guard, tried again (HungStart).
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private const int StartAttempts = 3;

    private readonly VirtualDisplay display;
    private readonly string driverPath;
    private readonly string miniBrowser;
    private readonly Action<string> note;
    private readonly TimeSpan startLimit;

    private WebKitEngine(VirtualDisplay display, string driverPath, string miniBrowser, Action<string> note, TimeSpan startLimit)
    {
        this.display = display;
        this.driverPath = driverPath;
        this.miniBrowser = miniBrowser;
        this.note = note;
        this.startLimit = startLimit;
    }

    /// <summary>The WebKitWebDriver the tests use: <see cref="DriverVariable"/>, else Debian's.</summary>
    public static string DriverPath => Configured(DriverVariable) ?? DebianDriver;

    public string Name => "WebKit";

    /// <param name="note">Where a start that hung and was tried again is told.</param>
    /// <param name="driverPath">Another driver than <see cref="DriverPath"/> (the hang tests' stand-in).</param>
    /// <param name="startLimit">How long a start may take before it counts as hung; 30 s unless a test says otherwise.</param>
    public static async Task<IEngine> LaunchAsync(Action<string> note, string? driverPath = null, TimeSpan? startLimit = null)
    {
        driverPath ??= DriverPath;
        var miniBrowser = Configured(BrowserVariable) ?? FindMiniBrowser();
        if (!File.Exists(driverPath) || miniBrowser is null)
        {
            throw new InvalidOperationException(
                $"WebKit is not installed: {(File.Exists(driverPath) ? "" : $"no WebKitWebDriver at {driverPath}; ")}{(miniBrowser is null ? "no WebKitGTK MiniBrowser under /usr/lib/*/webkit2gtk-4.1/; " : "")}" +
                $"install Debian's webkit2gtk-driver (`apt-get install webkit2gtk-driver`, as .ci/run does) or set {DriverVariable} and {BrowserVariable}.");
        }

        return new WebKitEngine(await VirtualDisplay.OpenAsync(), driverPath, miniBrowser, note, startLimit ?? StartLimit);
    }

    private static string? Configured(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? path : null;

    private static string? FindMiniBrowser() =>
        Directory.EnumerateDirectories("/usr/lib")
            .Select(folder => Path.Combine(folder, "webkit2gtk-4.1", "MiniBrowser"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitUntilReadyAsync(WebDriverClient client, Process process, CancellationToken cancel)
    {
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"WebKitWebDriver exited with {process.ExitCode} before it was ready.");
            }
            try
            {
                var status = await client.GetAsync("status", cancel);
                if (status.GetProperty("ready").GetBoolean())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancel);
        }
    }

    public Task<IBrowserProfile> NewProfileAsync() =>
        HungStart.RetryAsync("WebKit: a new session", StartAttempts, startLimit, StartSessionAsync, note);

    /// <summary>A driver of its own and its session; on any failure both are gone before it throws, a hang with what the driver said.</summary>
    private async Task<IBrowserProfile> StartSessionAsync(CancellationToken cancel)
    {
        var (driver, client, said) = StartDriver();
        try
        {
            await WaitUntilReadyAsync(client, driver, cancel);
            var session = await client.PostAsync("session", new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["alwaysMatch"] = new JsonObject
                    {
                        ["webkitgtk:browserOptions"] = new JsonObject { ["binary"] = miniBrowser, ["args"] = new JsonArray { "--automation" } },
                    },
                },
            }, cancel);
            var id = session.GetProperty("sessionId").GetString()!;
            var first = (await client.GetAsync($"session/{id}/window", cancel)).GetString()!;
            return new Session(driver, client, id, first);
        }
        catch (OperationCanceledException hang) when (cancel.IsCancellationRequested)
        {
            client.Dispose();
            Stop(driver);
            throw new OperationCanceledException($"WebKitWebDriver said: {await SaidByNowAsync(said)}", hang, cancel);
        }
        catch
        {
            client.Dispose();
            Stop(driver);
            throw;
        }
    }

    private (Process Driver, WebDriverClient Client, Task<string> Said) StartDriver()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(driverPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add($"--port={port}");
        start.ArgumentList.Add("--host=127.0.0.1");
        start.Environment["DISPLAY"] = display.Name;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{driverPath} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        return (process, new WebDriverClient(new Uri($"http://127.0.0.1:{port}/")), SaidAsync(output, errors));
    }

    private static async Task<string> SaidAsync(Task<string> output, Task<string> errors)
    {
        var text = (await output + await errors).Trim();
        return text.Length == 0 ? "nothing" : text[Math.Max(0, text.Length - 2000)..];
    }

    /// <summary>The driver's output once it is stopped; a process it started and that outlived it may hold the pipes open.</summary>
    private static async Task<string> SaidByNowAsync(Task<string> said)
    {
        try
        {
            return await said.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            return "(its output was still open 5 s after it was stopped)";
        }
    }

    public ValueTask DisposeAsync()
    {
        display.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        process.Dispose();
    }

    /// <summary>One MiniBrowser; WebDriver commands go to the current window, so each tab switches to its own first.</summary>
    private sealed class Session(Process driver, WebDriverClient client, string id, string firstWindow) : IBrowserProfile
    {
        private readonly SemaphoreSlim commands = new(1, 1);
        private string? unusedWindow = firstWindow;
        private string current = firstWindow;

        public async Task<IEngineTab> NewTabAsync()
        {
            if (unusedWindow is { } window)
            {
                unusedWindow = null;
                return new WindowTab(this, window);
            }
            var created = await client.PostAsync($"session/{id}/window/new", new JsonObject { ["type"] = "tab" });
            return new WindowTab(this, created.GetProperty("handle").GetString()!);
        }

        /// <summary>Runs <paramref name="path"/> (under the session) in <paramref name="window"/>, one command at a time.</summary>
        public async Task<JsonElement> InAsync(string window, string path, JsonObject body)
        {
            await commands.WaitAsync();
            try
            {
                if (current != window)
                {
                    await client.PostAsync($"session/{id}/window", new JsonObject { ["handle"] = window });
                    current = window;
                }
                return await client.PostAsync($"session/{id}/{path}", body);
            }
            finally
            {
                commands.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await client.DeleteAsync($"session/{id}");
            }
            finally
            {
                client.Dispose();
                Stop(driver);
                commands.Dispose();
            }
        }
    }

    private sealed class WindowTab(Session session, string window) : IEngineTab
    {
        public Task GoAsync(Uri url) => session.InAsync(window, "url", new JsonObject { ["url"] = url.ToString() });

        public Task ReloadAsync() => session.InAsync(window, "refresh", []);

        /// <summary>
        /// WebDriver classic sizes the window, not the viewport: sized once, then grown by what the
        /// window's frame takes, so the page gets exactly the width asked for.
        /// </summary>
        public async Task SetViewportAsync(int width, int height)
        {
            await session.InAsync(window, "window/rect", new JsonObject { ["width"] = width, ["height"] = height });
            var inner = await session.InAsync(window, "execute/sync", new JsonObject { ["script"] = "return [innerWidth, innerHeight];", ["args"] = new JsonArray() });
            var (innerWidth, innerHeight) = (inner[0].GetInt32(), inner[1].GetInt32());
            if (innerWidth != width || innerHeight != height)
            {
                await session.InAsync(window, "window/rect", new JsonObject { ["width"] = 2 * width - innerWidth, ["height"] = 2 * height - innerHeight });
            }
        }

        public async Task<string> CallAsync(string function, string argument)
        {
            // WebDriver awaits a returned promise.
            var result = await session.InAsync(window, "execute/sync", new JsonObject
            {
                ["script"] = $"return ({function})(arguments[0]);",
                ["args"] = new JsonArray { argument },
            });
            return result.GetString()!;
        }

        public async Task ClickAsync(string selector)
        {
            var element = await session.InAsync(window, "element", new JsonObject { ["using"] = "css selector", ["value"] = selector });
            await session.InAsync(window, $"element/{element.GetProperty(ElementKey).GetString()}/click", []);
        }

        public Task TypeAsync(string text) => KeysAsync(KeyNames.Actions(text));

        public Task PressAsync(string key) => KeysAsync(KeyNames.Actions(KeyNames.WebDriverValue(key)));

        private async Task KeysAsync(JsonArray keys) =>
            await session.InAsync(window, "actions", new JsonObject { ["actions"] = new JsonArray { new JsonObject { ["type"] = "key", ["id"] = "keyboard", ["actions"] = keys } } });
    }
}
