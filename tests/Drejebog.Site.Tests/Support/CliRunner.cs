using Drejebog.Site.Cli;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Runs the <c>drejebog</c> program in-process through its entry point (Program.cs is top-level
/// statements). Console output is captured by redirecting <see cref="Console"/>, which is global:
/// tests that use this belong to the <see cref="SerialConsole"/> collection, which never runs in parallel.
/// </summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var entryPoint = typeof(BuildCommand).Assembly.EntryPoint ?? throw new InvalidOperationException("drejebog has no entry point.");
        lock (Gate)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exitCode = (int)entryPoint.Invoke(null, [args])!;
                return (exitCode, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
