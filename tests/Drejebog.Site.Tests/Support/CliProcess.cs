using System.Diagnostics;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Runs the built <c>drejebog</c> program as a child process in a given working folder, for the
/// tests about the current folder (<c>-o .</c>): <see cref="CliRunner"/> runs in-process, where
/// changing the working folder would change it for every test running in parallel.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"drejebog {string.Join(' ', args)} did not finish within {HangGuard}.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts drejebog with its output redirected; the caller waits for it or kills it.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "drejebog.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }
}
