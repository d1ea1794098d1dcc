using System.Diagnostics;
using System.Globalization;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Cli;

/// <summary><c>build</c> and <c>check</c>: run the pipelines, report every problem, and write only when there are none.</summary>
internal static class BuildCommand
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static ExitCode Run(BuildOptions options, bool write, TextWriter stdout, TextWriter stderr)
    {
        var total = Stopwatch.StartNew();
        var progress = new ConsoleProgress(stdout, options.Quiet);
        if (!options.Quiet)
        {
            stdout.WriteLine(write ? $"Bygger {options.Input} → {options.Output}" : $"Tjekker {options.Input}");
        }

        var watch = Stopwatch.StartNew();
        var installProblem = ThemeInstaller.EnsureInstalled(options.Theme);
        if (installProblem is not null)
        {
            stderr.WriteLine(new Diagnostic(Path.Combine(options.Theme, "package.json"), 1, 1, Severity.Error,
                ErrorCodes.ThemeInstallFailed.Code, ErrorCodes.ThemeInstallFailed.Format(installProblem)));
            return ExitCode.ToolFailure;
        }
        progress.Line("Tema", "dkfds, pagefind", watch.Elapsed);

        watch.Restart();
        var sources = SiteSourcesLoader.FromDisk(options.Input, options.Theme, Directory.GetCurrentDirectory());
        progress.Line("Læs", $"{sources.InputFiles.Count} filer", watch.Elapsed);

        var result = SiteBuilder.Build(sources, progress);
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Bygningen fejlede med {result.ErrorCount} fejl. {(write ? "Output-mappen er ikke ændret." : "")}".TrimEnd());
            return ExitCode.ContentErrors;
        }
        if (!write)
        {
            stdout.WriteLine($"Ingen fejl: {result.Pages.Count} sider tjekket på {Seconds(total.Elapsed)}.");
            return ExitCode.Ok;
        }

        var problem = Write(result, options, progress);
        if (problem is not null)
        {
            stderr.WriteLine(problem);
            stderr.WriteLine("Output-mappen er ikke ændret.");
            return ExitCode.ToolFailure;
        }
        stdout.WriteLine($"Færdig: {result.Pages.Count} sider og {result.Files.Count} filer skrevet til {options.Output} på {Seconds(total.Elapsed)}.");
        return ExitCode.Ok;
    }

    private static string? Write(BuildResult result, BuildOptions options, ConsoleProgress progress)
    {
        var watch = Stopwatch.StartNew();
        var searchTime = TimeSpan.Zero;
        var problem = OutputWriter.Write(result, options.Output, staging =>
        {
            progress.Line("Skriv", $"{result.Pages.Count + result.Files.Count} filer", watch.Elapsed);
            if (!options.Search)
            {
                return null;
            }
            var search = Stopwatch.StartNew();
            var failure = SearchIndexer.Index(staging, options.Theme);
            searchTime = search.Elapsed;
            progress.Line("Søgeindeks", "pagefind", searchTime);
            return failure is null ? null : ErrorCodes.SearchIndexFailed.Format(failure);
        });
        return problem;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", Danish) + " s";
}
