using Drejebog.Site.Cli;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Runs the <c>drejebog</c> command line in-process with captured writers and a working folder of
/// the test's choosing, as the entry point does with the console and the current folder.
/// </summary>
internal static class CliRunner
{
    /// <summary>Runs in the test process's current folder.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) =>
        RunIn(Directory.GetCurrentDirectory(), args);

    public static (int ExitCode, string Stdout, string Stderr) RunIn(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = (int)CommandLine.Run(args, workingDirectory, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
