using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Launches headless Chromium: the system's (<c>CHROMIUM_PATH</c>, else <c>/usr/bin/chromium</c>)
/// when it is installed, otherwise a browser Playwright already has. Nothing is ever downloaded;
/// when no browser starts, this throws, so every browser test fails with the reason.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "CHROMIUM_PATH";
    private const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        // Only `playwright install` downloads browsers, and we never run it; this keeps it that way
        // for anything else the driver might start.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception error)
        {
            throw new InvalidOperationException($"The Playwright driver (bundled with the Microsoft.Playwright package) did not start: {error.Message}", error);
        }

        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var systemPath = string.IsNullOrWhiteSpace(configured) ? DebianChromium : configured;
        var attempts = new List<string>();
        if (File.Exists(systemPath))
        {
            try
            {
                return (playwright, await playwright.Chromium.LaunchAsync(Options(systemPath)));
            }
            catch (PlaywrightException error)
            {
                attempts.Add($"{systemPath}: {FirstLine(error.Message)}");
            }
        }
        else
        {
            attempts.Add($"{systemPath}: no such file{(string.IsNullOrWhiteSpace(configured) ? $" ({PathVariable} is not set)" : $" (from {PathVariable})")}");
        }

        try
        {
            return (playwright, await playwright.Chromium.LaunchAsync(Options(null)));
        }
        catch (PlaywrightException error)
        {
            attempts.Add($"Playwright's own Chromium: {FirstLine(error.Message)}");
        }
        playwright.Dispose();
        throw new InvalidOperationException(
            "No browser could be launched for the browser tests. Install Debian's Chromium " +
            $"(`apt-get install chromium`, as .ci/run does) or set {PathVariable} to a Chromium binary.\n" +
            string.Join('\n', attempts.Select(a => "  tried " + a)));
    }

    private static BrowserTypeLaunchOptions Options(string? executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args = Arguments,
        Timeout = 30_000,
    };

    private static string FirstLine(string message) => message.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault("").Trim();
}
