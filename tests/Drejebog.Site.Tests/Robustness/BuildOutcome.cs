using Drejebog.Site.Cli;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>How one <c>drejebog build</c> ended: its exit code and output, an exception that escaped it, or no end in time.</summary>
public sealed record BuildOutcome(int? ExitCode, string Stdout, string Stderr, Exception? Exception, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>For a build that did not end in time, what it was doing then (<see cref="HungBuildReport"/>).</summary>
    public IReadOnlyList<string> HangReport { get; init; } = [];

    /// <summary>
    /// Runs <c>drejebog build -i … -t … -o … --no-search --no-pdf -q</c> in-process on a thread of its own, so a
    /// hang is reported after <paramref name="limit"/> instead of stopping the tests. (A stack overflow
    /// still ends the test process: xunit then names the case that was running.)
    /// </summary>
    public static BuildOutcome Build(string root, string input, string theme, string output, TimeSpan limit)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int? exitCode = null;
        Exception? exception = null;
        var (options, error) = BuildOptions.Parse(Command.Build, ["-i", input, "-t", theme, "-o", output, "--no-search", "--no-pdf", "-q"], root);
        if (options is null)
        {
            throw new InvalidOperationException(error);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                exitCode = (int)BuildCommand.Run(options, write: true, stdout, stderr);
            }
#pragma warning disable CA1031 // Whatever escapes the build is the finding.
            catch (Exception escaped)
#pragma warning restore CA1031
            {
                exception = escaped;
            }
        })
        { IsBackground = true, Name = "mutation build" };
        thread.Start();
        if (!thread.Join(limit))
        {
            var elapsed = watch.Elapsed;
            return new BuildOutcome(null, "", "", null, TimedOut: true, elapsed) { HangReport = HungBuildReport.Describe(thread.ManagedThreadId) };
        }
        return new BuildOutcome(exitCode, stdout.ToString(), stderr.ToString(), exception, TimedOut: false, watch.Elapsed);
    }
}
