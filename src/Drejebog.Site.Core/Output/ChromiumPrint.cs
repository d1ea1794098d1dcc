namespace Drejebog.Site.Output;

/// <summary>
/// Prints one page to PDF with headless Chromium, as a person would with
/// <c>chromium --headless --print-to-pdf</c>: without the browser's own header and footer (the page's
/// print stylesheet has its running title and page numbers) and with the headings as the PDF's outline.
/// Chromium gets a throw-away profile and cache in the temp folder, removed afterwards, and is
/// killed with everything it started after <see cref="Limit"/>.
/// </summary>
public static class ChromiumPrint
{
    /// <summary>The real playbook prints in about 11 seconds; a hung browser must not hang the build.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Null when <paramref name="pdfPath"/> now holds the PDF, otherwise what went wrong (Danish).</summary>
    /// <param name="chromium">The browser (<see cref="ChromiumLocator"/>).</param>
    /// <param name="page">The page's address on the <see cref="LoopbackFileServer"/>.</param>
    /// <param name="pdfPath">Where the PDF goes.</param>
    /// <param name="limit">How long Chromium may take; <see cref="Limit"/> unless a test needs less.</param>
    public static string? Print(string chromium, Uri page, string pdfPath, TimeSpan? limit = null)
    {
        var allowed = limit ?? Limit;
        var profile = Directory.CreateTempSubdirectory("drejebog-chromium-");
        try
        {
            string[] arguments =
            [
                "--headless",
                // The page is our own output, served on loopback only; many CI containers cannot start Chromium's sandbox.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // Nothing but the page: no update checks, sync, crash reports or other calls home.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-crash-reporter",
                "--no-first-run",
                "--no-default-browser-check",
                $"--user-data-dir={Path.Combine(profile.FullName, "profil")}",
                $"--disk-cache-dir={Path.Combine(profile.FullName, "cache")}",
                "--no-pdf-header-footer",
                "--generate-pdf-document-outline",
                $"--print-to-pdf={pdfPath}",
                page.ToString(),
            ];
            var (exitCode, output) = ProcessRunner.Run(chromium, arguments, profile.FullName, allowed);
            return exitCode switch
            {
                null => $"{chromium} blev stoppet, fordi den ikke var færdig efter {allowed.TotalSeconds:0} sekunder",
                not 0 => $"{chromium} sluttede med kode {exitCode}{LastLines(output)}",
                _ => IsPdf(pdfPath) ? null
                    : File.Exists(pdfPath) ? $"{chromium} skrev en fil, der ikke er en PDF (den begynder ikke med %PDF-)"
                    : $"{chromium} skrev ingen PDF{LastLines(output)}",
            };
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temp folder is not worth failing a finished print for.
            }
        }
    }

    /// <summary>True when the file exists and starts as every PDF does.</summary>
    public static bool IsPdf(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        Span<byte> start = stackalloc byte[5];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(start, 5, throwOnEndOfStream: false) == 5 && start.SequenceEqual("%PDF-"u8);
    }

    // Chromium is talkative on stderr; the last lines are where a crash says why.
    private static string LastLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : ": " + string.Join(" / ", lines.TakeLast(3));
    }
}
