namespace Drejebog.Site.Cli;

/// <summary><c>preview</c>: build, serve the output on 127.0.0.1, and rebuild when the input or theme changes.</summary>
internal static class PreviewCommand
{
    public static ExitCode Run(BuildOptions options, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var result = BuildCommand.Run(options, write: true, stdout, stderr);
        if (result == ExitCode.ToolFailure)
        {
            return result;
        }
        // Content errors leave the previous output (or none); the preview still starts, and the next save rebuilds.
        Directory.CreateDirectory(options.Output);

        using var server = PreviewServer.Start(options.Output, options.Port);
        using var changes = new RebuildTrigger(options.Input, options.Theme);
        stdout.WriteLine($"Forhåndsvisning: {server.Address} (kun fra denne maskine). Gemte ændringer bygges igen af sig selv. Stop med Ctrl+C.");
        while (changes.WaitForChange(stop))
        {
            stdout.WriteLine("Ændringer fundet – bygger igen …");
            BuildCommand.Run(options, write: true, stdout, stderr);
        }
        return ExitCode.Ok;
    }
}
