using System.Globalization;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli.Preview;

/// <summary>What the preview prints: one line per rebuild with its time, and every error in the <c>path:line:col</c> form.</summary>
internal static class PreviewReport
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static void Build(PreviewBuild build, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in build.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
            SourceExcerpt.Write(diagnostic, build.Sources, stderr);
        }
        var verb = build.Full ? "Bygget forfra" : "Bygget igen";
        var phases = $"(læs {Ms(build.Read)}, byg {Ms(build.Build)}, skriv {Ms(build.Write)})";
        if (build.Changes is null)
        {
            stderr.WriteLine(RunSummary.PreviewFailed(ProblemCount.Of(build.Diagnostics), build.Total));
            return;
        }
        stdout.WriteLine($"{verb} på {Ms(build.Total)} – {Changed(build)} {phases}");
    }

    public static void Search(string? problem, TimeSpan elapsed, TextWriter stdout, TextWriter stderr)
    {
        if (problem is null)
        {
            stdout.WriteLine($"  Søgeindekset er opdateret (pagefind, {Ms(elapsed)}).");
        }
        else
        {
            stderr.WriteLine(ErrorCodes.SearchIndexFailed.Format(problem));
        }
    }

    private static string Changed(PreviewBuild build)
    {
        var changes = build.Changes!;
        var pages = changes.Pages;
        var files = changes.Written.Count + changes.Deleted.Count - pages;
        if (pages == 0 && files == 0)
        {
            return "ingen ændringer";
        }
        var parts = new List<string>();
        if (pages > 0)
        {
            parts.Add(pages == 1 ? "1 side" : $"{pages} sider");
        }
        if (files > 0)
        {
            parts.Add(files == 1 ? "1 fil" : $"{files} filer");
        }
        return $"{string.Join(" og ", parts)} ændret";
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", Danish) + " ms";
}
