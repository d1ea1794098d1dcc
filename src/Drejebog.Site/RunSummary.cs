using System.Globalization;

namespace Drejebog.Site.Cli;

/// <summary>
/// The last line of <c>check</c>, <c>build</c> and each rebuild in <c>preview</c>: which of them ran and
/// how it went, counted in Danish with singular and plural right ("1 fil", "2 filer").
/// </summary>
internal static class RunSummary
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Said whenever a build stopped before it touched the output folder.</summary>
    public const string OutputUnchanged = "Output-mappen er ikke ændret.";

    /// <summary><c>check</c> found errors: <c>Tjek: 2 fejl i 1 fil.</c></summary>
    public static string CheckFailed(ProblemCount found) =>
        $"Tjek: {Errors(found)}{Warnings(found, " ({0})")}.";

    /// <summary><c>check</c> found none: <c>Tjek: ingen fejl (57 sider, 3 advarsler).</c></summary>
    public static string CheckPassed(int pages, ProblemCount found) =>
        $"Tjek: ingen fejl ({Count(pages, "side", "sider")}{Warnings(found, ", {0}")}).";

    /// <summary><c>build</c> found errors and wrote nothing: <c>Bygning: 2 fejl i 1 fil. Output-mappen er ikke ændret.</c></summary>
    public static string BuildFailed(ProblemCount found) =>
        $"Bygning: {Errors(found)}{Warnings(found, " ({0})")}. {OutputUnchanged}";

    /// <summary><c>build</c> wrote the site.</summary>
    public static string BuildDone(int pages, int files, string output, ProblemCount found, TimeSpan elapsed) =>
        $"Færdig: {Count(pages, "side", "sider")} og {Count(files, "fil", "filer")} skrevet til {output} på {Seconds(elapsed)}{Warnings(found, " ({0})")}.";

    /// <summary>A rebuild in the preview found errors; the browser shows them instead of the site.</summary>
    public static string PreviewFailed(ProblemCount found, TimeSpan elapsed) =>
        $"Bygning: {Errors(found)} efter {ConsoleProgress.Milliseconds(elapsed)}. Browseren viser fejlene, til de er rettet. {OutputUnchanged}";

    /// <summary><c>build</c> makes no PDF, though it was not told <c>--no-pdf</c>: why, and how to get one.</summary>
    public static string PdfSkipped(string why) =>
        $"PDF sprunget over: {why}. Installér Chromium (fx `apt-get install chromium`), eller sæt CHROMIUM_PATH til Chromium eller Google Chrome, for at få hele drejebogen som PDF; `--no-pdf` fjerner denne linje.";

    /// <summary>The PDF's progress line: <c>printet, 1,4 MB</c> or <c>genbrugt, 1,4 MB</c>.</summary>
    public static string PdfMade(bool reused, long bytes) =>
        $"{(reused ? "genbrugt" : "printet")}, {(bytes / 1_000_000.0).ToString("0.0", Danish)} MB";

    /// <summary>A count and the noun that goes with it: <c>1 fil</c>, <c>2 filer</c>, <c>0 filer</c>.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString("N0", Danish) + " " + (count == 1 ? singular : plural);

    /// <summary><c>2 fejl i 1 fil</c>: the errors and how many files they are in.</summary>
    private static string Errors(ProblemCount found)
    {
        var errors = Count(found.Errors, "fejl", "fejl");
        return found.Files == 0 ? errors : $"{errors} i {Count(found.Files, "fil", "filer")}";
    }

    /// <summary>The warnings put into <paramref name="format"/>, or nothing when there are none.</summary>
    private static string Warnings(ProblemCount found, string format) =>
        found.Warnings == 0 ? "" : string.Format(Danish, format, Count(found.Warnings, "advarsel", "advarsler"));

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", Danish) + " s";
}
