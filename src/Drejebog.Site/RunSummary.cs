using System.Globalization;
using Drejebog.Site.Diagnostics;

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
    public static string CheckFailed(IReadOnlyList<Diagnostic> diagnostics) =>
        $"Tjek: {Errors(diagnostics)}{Warnings(diagnostics, " ({0})")}.";

    /// <summary><c>check</c> found none: <c>Tjek: ingen fejl (57 sider, 3 advarsler) på 1,23 s.</c></summary>
    public static string CheckPassed(int pages, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed) =>
        $"Tjek: ingen fejl ({Count(pages, "side", "sider")}{Warnings(diagnostics, ", {0}")}) på {Seconds(elapsed)}.";

    /// <summary><c>build</c> found errors and wrote nothing: <c>Bygning: 2 fejl i 1 fil. Output-mappen er ikke ændret.</c></summary>
    public static string BuildFailed(IReadOnlyList<Diagnostic> diagnostics) =>
        $"Bygning: {Errors(diagnostics)}{Warnings(diagnostics, " ({0})")}. {OutputUnchanged}";

    /// <summary><c>build</c> wrote the site.</summary>
    public static string BuildDone(int pages, int files, string output, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed) =>
        $"Færdig: {Count(pages, "side", "sider")} og {Count(files, "fil", "filer")} skrevet til {output} på {Seconds(elapsed)}{Warnings(diagnostics, " ({0})")}.";

    /// <summary>A rebuild in the preview found errors; the browser shows them instead of the site.</summary>
    public static string PreviewFailed(IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed) =>
        $"Bygning: {Errors(diagnostics)} efter {ConsoleProgress.Milliseconds(elapsed)}. Browseren viser fejlene, til de er rettet. {OutputUnchanged}";

    /// <summary>A count and the noun that goes with it: <c>1 fil</c>, <c>2 filer</c>, <c>0 filer</c>.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString("N0", Danish) + " " + (count == 1 ? singular : plural);

    /// <summary><c>2 fejl i 1 fil</c>: the errors and how many files they are in (errors not in a file are only counted).</summary>
    private static string Errors(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var files = errors.Select(d => d.Path).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).Count();
        var counted = Count(errors.Count, "fejl", "fejl");
        return files == 0 ? counted : $"{counted} i {Count(files, "fil", "filer")}";
    }

    /// <summary>The warnings put into <paramref name="format"/>, or nothing when there are none.</summary>
    private static string Warnings(IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return warnings == 0 ? "" : string.Format(Danish, format, Count(warnings, "advarsel", "advarsler"));
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", Danish) + " s";
}
