namespace Drejebog.Site.Output;

/// <summary>Where Chromium is, or why the build has none: found or missing, the search ends here, before anything renders.</summary>
/// <param name="Path">The browser to run, or null.</param>
/// <param name="Missing">Why none was found (Danish, for the skip line), or null.</param>
public sealed record ChromiumSearch(string? Path, string? Missing);

/// <summary>
/// Finds the Chromium that prints the whole playbook: <c>CHROMIUM_PATH</c> when it is set (and
/// then only it: a browser named on purpose is not silently replaced by another), else
/// <c>/usr/bin/chromium</c>, else <c>chromium</c>, <c>chromium-browser</c> or <c>google-chrome</c>
/// on <c>PATH</c>. The environment (and Debian's path) are passed in, so tests can point it at a
/// browser that is not there.
/// </summary>
public sealed class ChromiumLocator(Func<string, string?> environment, string debianChromium = ChromiumLocator.DebianChromium)
{
    public const string PathVariable = "CHROMIUM_PATH";
    public const string DebianChromium = "/usr/bin/chromium";
    private static readonly string[] OnPath = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Reads the process's own environment.</summary>
    public static ChromiumLocator Real { get; } = new(Environment.GetEnvironmentVariable);

    public ChromiumSearch Find()
    {
        var configured = environment(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? new ChromiumSearch(configured, null)
                : new ChromiumSearch(null, $"{PathVariable} peger på {configured}, som ikke findes");
        }
        if (File.Exists(debianChromium))
        {
            return new ChromiumSearch(debianChromium, null);
        }
        var folders = (environment("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = OnPath.SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        return found is not null
            ? new ChromiumSearch(found, null)
            : new ChromiumSearch(null, $"Chromium findes ikke ({PathVariable} er ikke sat, og hverken {debianChromium} eller {string.Join(", ", OnPath)} på PATH findes)");
    }
}
