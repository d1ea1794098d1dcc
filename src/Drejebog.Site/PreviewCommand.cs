using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli;

/// <summary>
/// <c>preview</c>: build, serve the output on 127.0.0.1, and rebuild when the input or theme
/// changes. Open pages reload themselves; errors are shown in the browser until they are fixed.
/// </summary>
internal static class PreviewCommand
{
    public static ExitCode Run(BuildOptions options, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        // The search index reports from its own thread.
        stdout = TextWriter.Synchronized(stdout);
        stderr = TextWriter.Synchronized(stderr);
        if (OutputFolderRules.Check(options.Output, options.Input, options.Theme, options.WorkingDirectory) is { } refusal)
        {
            return OutputReport.Print(refusal, stderr);
        }
        options = options with { Output = FolderPaths.Resolve(options.Output) };
        stdout.WriteLine($"Bygger {options.Input} → {options.Output}");
        PreviewBuilder builder;
        try
        {
            builder = new PreviewBuilder(options);
        }
        catch (OutputFolderException error)
        {
            return OutputReport.Print(error.Problem, stderr);
        }
        // The server starts while the first build runs, which hides Kestrel's start-up time.
        var starting = Task.Run(() => PreviewServer.Start(options.Output, options.Port, SiteHeaders(options.WorkingDirectory, stderr)));
        var first = builder.Build(full: true);
        PreviewReport.Build(first, stdout, stderr);

        PreviewServer server;
        try
        {
            server = starting.GetAwaiter().GetResult();
        }
        catch (IOException error)
        {
            stderr.WriteLine($"Porten {options.Port} kan ikke bruges: {(error.InnerException ?? error).Message.TrimEnd('.')}. Vælg en anden med -p <nummer>, eller -p 0 for en ledig port.");
            return ExitCode.Usage;
        }
        using (server)
        {
            server.Publish(server.State.Built(first.Errors, first.Changes, first.Sources));
            using var search = options.Search ? new SearchRefresher(options.Output, options.Theme, (problem, elapsed) =>
            {
                PreviewReport.Search(problem, elapsed, stdout, stderr);
                server.Publish(server.State.Searched(problem is null ? null : SearchProblem(options, problem)));
            }) : null;
            if (first.Succeeded)
            {
                search?.Request();
            }

            using var changes = new RebuildTrigger(options.Input, options.Theme);
            stdout.WriteLine($"Forhåndsvisning: {server.Address} (kun fra denne maskine). Gemte ændringer vises af sig selv; " +
                $"{(options.Search ? "søgeindekset bygges bagefter i baggrunden. " : "")}Stop med Ctrl+C.");
            while (changes.WaitForChanges(stop) is { } changed)
            {
                var build = builder.Build(full: changed.NeedsFullBuild(options.Input, options.Theme));
                // The pages reload first; the report and the search index can wait.
                server.Publish(server.State.Built(build.Errors, build.Changes, build.Sources));
                PreviewReport.Build(build, stdout, stderr);
                if (build.Changes is { Written.Count: > 0 } or { Deleted.Count: > 0 })
                {
                    search?.Request();
                }
            }
        }
        return ExitCode.Ok;
    }

    /// <summary>The headers <c>netlify.toml</c> gives each path, so the preview enforces the real CSP.</summary>
    private static Func<string, IReadOnlyDictionary<string, string>> SiteHeaders(string workingDirectory, TextWriter stderr)
    {
        var path = Path.Combine(workingDirectory, NetlifyConfig.FileName);
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{NetlifyConfig.FileName} findes ikke i {workingDirectory}; forhåndsvisningen sendes uden sitets sikkerhedsheadere (CSP).");
            return _ => new Dictionary<string, string>();
        }
        try
        {
            var config = NetlifyConfig.Load(path);
            return config.HeadersFor;
        }
        catch (InvalidDataException error)
        {
            stderr.WriteLine($"{error.Message}; forhåndsvisningen sendes uden sitets sikkerhedsheadere (CSP).");
            return _ => new Dictionary<string, string>();
        }
    }

    private static Diagnostic SearchProblem(BuildOptions options, string problem) =>
        new(PreviewBuilder.Display(options.Output, options.WorkingDirectory), 1, 1, Severity.Error, ErrorCodes.SearchIndexFailed.Code, ErrorCodes.SearchIndexFailed.Format(problem));
}
