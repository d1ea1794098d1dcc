using System.Diagnostics;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Sources;

namespace Drejebog.Site.Cli;

/// <summary><c>build</c> and <c>check</c>: run the pipelines, report every problem, and write only when there are none.</summary>
internal static class BuildCommand
{
    public static ExitCode Run(BuildOptions options, bool write, TextWriter stdout, TextWriter stderr) =>
        Run(options, write, stdout, stderr, FolderOperations.Real);

    // `folders` does the swap; tests make one of its moves or deletes fail. `browsers` finds Chromium; tests name one that is not there.
    internal static ExitCode Run(BuildOptions options, bool write, TextWriter stdout, TextWriter stderr, FolderOperations folders, ChromiumLocator? browsers = null)
    {
        if (write)
        {
            if (OutputFolderRules.Check(options.Output, options.Input, options.Theme, options.WorkingDirectory) is { } refusal)
            {
                return OutputReport.Print(refusal, stderr);
            }
            // Write where the links lead, so the swap moves the folder itself, never a link to it.
            options = options with { Output = FolderPaths.Resolve(options.Output) };
        }
        var total = Stopwatch.StartNew();
        var progress = new ConsoleProgress(stdout, options.Quiet);
        if (!options.Quiet)
        {
            stdout.WriteLine(write ? $"Bygger {options.Input} → {options.Output}" : $"Tjekker {options.Input}");
        }

        var watch = Stopwatch.StartNew();
        var installProblem = ThemeInstaller.EnsureInstalled(options.Theme, SiteSourcesLoader.DisplayPath(options.Theme, Directory.GetCurrentDirectory()));
        if (installProblem is not null)
        {
            Report(installProblem.Diagnostic, options, stdout, stderr);
            return installProblem.InTheme ? ExitCode.ContentErrors : ExitCode.ToolFailure;
        }
        progress.Line("Tema", "dkfds, pagefind", watch.Elapsed);

        // Decided before rendering: the whole playbook page links to the PDF only when there will be one.
        var chromium = write && options.Pdf ? FindChromium(browsers ?? ChromiumLocator.Real, stdout) : null;

        watch.Restart();
        var sources = SiteSourcesLoader.FromDisk(options.Input, options.Theme, options.WorkingDirectory, options.BaseUrl, makesPdf: chromium is not null);
        progress.Line("Læs", $"{sources.InputFiles.Count} filer", watch.Elapsed);

        // `build` writes pages into a staging folder while they are built; `check` keeps them in memory.
        StagingFolder? staging;
        try
        {
            staging = write ? StagingFolder.Create(options.Output, folders) : null;
        }
        catch (OutputFolderException error)
        {
            return OutputReport.Print(error.Problem, stderr);
        }
        using var _ = staging;
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(sources, progress, staging);
        }
        catch (Exception error) when (PageSinkException.Find(error) is { } sink)
        {
            // Disposing the staging folder deletes what was written, so the output is as it was.
            return OutputReport.Print(OutputProblem.Of(OutputState.Unchanged, ErrorCodes.OutputFailed, sink.Message), stderr);
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            Report(diagnostic, options, stdout, stderr, result.Sources);
        }
        if (!result.Succeeded)
        {
            var found = ProblemCount.Of(result.Diagnostics);
            stderr.WriteLine(write ? RunSummary.BuildFailed(found) : RunSummary.CheckFailed(found));
            return ExitCode.ContentErrors;
        }
        if (staging is null)
        {
            stdout.WriteLine(RunSummary.CheckPassed(result.Pages.Count, ProblemCount.Of(result.Diagnostics)));
            return ExitCode.Ok;
        }

        // A warning (the old output was left beside the new one) still ends in success.
        if (Finish(staging, result, options, chromium, progress) is { } problem && OutputReport.Print(problem, stderr) is var failed and not ExitCode.Ok)
        {
            return failed;
        }
        if (options.Stats)
        {
            stdout.WriteLine(RuntimeStats());
        }
        stdout.WriteLine(RunSummary.BuildDone(result.Pages.Count, result.Files.Count, options.Output, ProblemCount.Of(result.Diagnostics), total.Elapsed));
        return ExitCode.Ok;
    }

    // Printed even with --quiet: it says what the output lacks and how to get it.
    private static string? FindChromium(ChromiumLocator browsers, TextWriter stdout)
    {
        var found = browsers.Find();
        if (found.Path is null)
        {
            stdout.WriteLine(RunSummary.PdfSkipped(found.Missing!));
        }
        return found.Path;
    }

    private static OutputProblem? Finish(StagingFolder staging, BuildResult result, BuildOptions options, string? chromium, ConsoleProgress progress)
    {
        var watch = Stopwatch.StartNew();
        return OutputWriter.Finish(staging, result.Files, folder =>
        {
            progress.Line("Filer", $"{result.Files.Count} filer", watch.Elapsed);
            if (options.Search)
            {
                var search = Stopwatch.StartNew();
                var failure = SearchIndexer.Index(folder, options.Theme);
                progress.Line("Søgeindeks", "pagefind", search.Elapsed);
                if (failure is not null)
                {
                    return new OutputProblem(OutputState.Unchanged, ErrorCodes.SearchIndexFailed, ErrorCodes.SearchIndexFailed.Format(failure));
                }
            }
            // Last, so the page is printed as it will be served, search index included.
            if (chromium is not null)
            {
                var pdf = Stopwatch.StartNew();
                var made = WholePlaybookPdf.Make(folder, options.Output, chromium);
                if (made.Failure is not null)
                {
                    return OutputProblem.Of(OutputState.Unchanged, ErrorCodes.PdfFailed, made.Failure);
                }
                progress.Line("PDF", RunSummary.PdfMade(made.Reused, made.Bytes), pdf.Elapsed);
            }
            return null;
        });
    }

    /// <summary>
    /// One diagnostic: <c>path:line:col: …</c> on stderr with the source line under it, or with
    /// <c>--format github</c> a workflow command on stdout, where GitHub reads them (and shows the line itself).
    /// </summary>
    private static void Report(Diagnostic diagnostic, BuildOptions options, TextWriter stdout, TextWriter stderr, SourceLines? sources = null)
    {
        if (options.Format == DiagnosticFormat.GitHub)
        {
            var repository = Environment.GetEnvironmentVariable(GitHubAnnotation.WorkspaceVariable);
            stdout.WriteLine(GitHubAnnotation.Format(diagnostic, options.WorkingDirectory, string.IsNullOrEmpty(repository) ? options.WorkingDirectory : repository));
        }
        else
        {
            stderr.WriteLine(diagnostic);
            SourceExcerpt.Write(diagnostic, sources, stderr);
        }
    }

    // For the benchmark: where time goes besides our own code.
    private static string RuntimeStats() =>
        $"  Køretid      JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} metoder), " +
        $"GC-pauser {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} i generation 0/1/2), " +
        $"allokeret {GC.GetTotalAllocatedBytes() / 1_000_000} MB";
}
