using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// Debian's Firefox ESR (<c>FIREFOX_PATH</c>, else <c>/usr/bin/firefox-esr</c>), headless, driven
/// over WebDriver BiDi, the W3C protocol Firefox speaks natively. A profile is a BiDi user context
/// (its own storage), a tab a browsing context in it. Nothing is downloaded.
/// </summary>
internal sealed partial class FirefoxEngine : IEngine
{
    public const string PathVariable = "FIREFOX_PATH";
    private const string DebianFirefox = "/usr/bin/firefox-esr";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    // Quiet, offline-friendly defaults for a throwaway profile; Firefox adds its own "recommended"
    // automation preferences when the remote agent is on.
    private static readonly string[] Preferences =
    [
        """user_pref("browser.shell.checkDefaultBrowser", false);""",
        """user_pref("datareporting.policy.dataSubmissionEnabled", false);""",
        """user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);""",
        """user_pref("browser.aboutwelcome.enabled", false);""",
        """user_pref("app.update.disabledForTesting", true);""",
        """user_pref("intl.accept_languages", "da-DK, da");""",
    ];

    private readonly Process process;
    private readonly TempFolder profile;
    private readonly BiDiConnection bidi;

    private FirefoxEngine(Process process, TempFolder profile, BiDiConnection bidi)
    {
        this.process = process;
        this.profile = profile;
        this.bidi = bidi;
    }

    public string Name => "Firefox";

    public static async Task<IEngine> LaunchAsync()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var executable = string.IsNullOrWhiteSpace(configured) ? DebianFirefox : configured;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Firefox is not installed at {executable}{(string.IsNullOrWhiteSpace(configured) ? $" ({PathVariable} is not set)" : $" (from {PathVariable})")}. " +
                "Install Debian's Firefox ESR (`apt-get install firefox-esr`, as .ci/run does) or set " + PathVariable + " to a Firefox binary.");
        }

        var profile = new TempFolder("firefox-profile");
        await File.WriteAllLinesAsync(profile.Combine("user.js"), Preferences);
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "--headless", "--no-remote", "--profile", profile.Path, "--remote-debugging-port", "0", "about:blank" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["MOZ_CRASHREPORTER_DISABLE"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        try
        {
            var address = await ListeningAddressAsync(process);
            var bidi = await BiDiConnection.OpenAsync(new Uri(address + "/session"));
            await bidi.SendAsync("session.new", new JsonObject { ["capabilities"] = new JsonObject() });
            return new FirefoxEngine(process, profile, bidi);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            profile.Dispose();
            throw;
        }
    }

    /// <summary>Reads Firefox's log until it names the BiDi WebSocket; keeps draining it after.</summary>
    private static async Task<string> ListeningAddressAsync(Process process)
    {
        _ = process.StandardOutput.ReadToEndAsync();
        var seen = new List<string>();
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            while (await process.StandardError.ReadLineAsync(limit.Token) is { } line)
            {
                var match = Listening().Match(line);
                if (match.Success)
                {
                    _ = process.StandardError.ReadToEndAsync();
                    return match.Groups[1].Value;
                }
                seen.Add(line);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Firefox did not open WebDriver BiDi within {StartLimit.TotalSeconds} s. It said:\n{string.Join('\n', seen.TakeLast(20))}");
        }
        throw new InvalidOperationException($"Firefox exited before opening WebDriver BiDi. It said:\n{string.Join('\n', seen.TakeLast(20))}");
    }

    [GeneratedRegex(@"WebDriver BiDi listening on (ws://\S+?)/?$")]
    private static partial Regex Listening();

    public async Task<IBrowserProfile> NewProfileAsync()
    {
        var created = await bidi.SendAsync("browser.createUserContext", []);
        return new Profile(bidi, created.GetProperty("userContext").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await bidi.SendAsync("browser.close", []);
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException)
        {
            // Killed below either way.
        }
        await bidi.DisposeAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        profile.Dispose();
    }

    private sealed class Profile(BiDiConnection bidi, string userContext) : IBrowserProfile
    {
        public async Task<IEngineTab> NewTabAsync()
        {
            var created = await bidi.SendAsync("browsingContext.create", new JsonObject { ["type"] = "tab", ["userContext"] = userContext });
            return new ContextTab(bidi, created.GetProperty("context").GetString()!);
        }

        public async ValueTask DisposeAsync() =>
            await bidi.SendAsync("browser.removeUserContext", new JsonObject { ["userContext"] = userContext });
    }

    private sealed class ContextTab(BiDiConnection bidi, string context) : IEngineTab
    {
        public Task GoAsync(Uri url) =>
            bidi.SendAsync("browsingContext.navigate", new JsonObject { ["context"] = context, ["url"] = url.ToString(), ["wait"] = "complete" });

        public Task ReloadAsync() =>
            bidi.SendAsync("browsingContext.reload", new JsonObject { ["context"] = context, ["wait"] = "complete" });

        public Task SetViewportAsync(int width, int height) =>
            bidi.SendAsync("browsingContext.setViewport", new JsonObject { ["context"] = context, ["viewport"] = new JsonObject { ["width"] = width, ["height"] = height } });

        public async Task<string> CallAsync(string function, string argument)
        {
            var result = await CallFunctionAsync(function, argument, "none");
            return result.GetProperty("value").GetString()!;
        }

        public async Task ClickAsync(string selector)
        {
            var element = await CallFunctionAsync("sel => document.querySelector(sel)", selector, "root");
            var pointer = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "pointerMove", ["x"] = 0, ["y"] = 0,
                    ["origin"] = new JsonObject { ["type"] = "element", ["element"] = new JsonObject { ["sharedId"] = element.GetProperty("sharedId").GetString() } },
                },
                new JsonObject { ["type"] = "pointerDown", ["button"] = 0 },
                new JsonObject { ["type"] = "pointerUp", ["button"] = 0 },
            };
            await PerformAsync(new JsonObject { ["type"] = "pointer", ["id"] = "mouse", ["parameters"] = new JsonObject { ["pointerType"] = "mouse" }, ["actions"] = pointer });
        }

        public Task TypeAsync(string text) =>
            PerformAsync(new JsonObject { ["type"] = "key", ["id"] = "keyboard", ["actions"] = KeyNames.Actions(text) });

        public Task PressAsync(string key) =>
            PerformAsync(new JsonObject { ["type"] = "key", ["id"] = "keyboard", ["actions"] = KeyNames.Actions(KeyNames.WebDriverValue(key)) });

        private async Task PerformAsync(JsonObject source)
        {
            await bidi.SendAsync("input.performActions", new JsonObject { ["context"] = context, ["actions"] = new JsonArray { source } });
            await bidi.SendAsync("input.releaseActions", new JsonObject { ["context"] = context });
        }

        private async Task<JsonElement> CallFunctionAsync(string function, string argument, string ownership)
        {
            var answer = await bidi.SendAsync("script.callFunction", new JsonObject
            {
                ["functionDeclaration"] = function,
                ["arguments"] = new JsonArray { new JsonObject { ["type"] = "string", ["value"] = argument } },
                ["target"] = new JsonObject { ["context"] = context },
                ["awaitPromise"] = true,
                ["resultOwnership"] = ownership,
            });
            if (answer.GetProperty("type").GetString() == "exception")
            {
                throw new InvalidOperationException($"Firefox: the page script threw: {answer.GetProperty("exceptionDetails").GetProperty("text").GetString()}");
            }
            return answer.GetProperty("result");
        }
    }
}
