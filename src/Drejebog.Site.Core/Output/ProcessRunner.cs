using System.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>Runs an external tool (npm, pagefind, Chromium) and captures what it printed.</summary>
public static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output) = Run(fileName, arguments, workingDirectory, Timeout.InfiniteTimeSpan, environment);
        return (exitCode!.Value, output);
    }

    /// <summary>As <see cref="Run(string, IEnumerable{string}, string, IReadOnlyDictionary{string, string}?)"/>, but the tool and every process it started are killed after <paramref name="limit"/>; the exit code is then null.</summary>
    public static (int? ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (null, Printed(stdout, stderr));
            }
            return (process.ExitCode, Printed(stdout, stderr));
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return (-1, $"{fileName} kunne ikke startes: {error.Message}");
        }
    }

    // A helper the tool left running (a browser's crash reporter) may keep the pipes open; what came so far is enough.
    private static string Printed(Task<string> stdout, Task<string> stderr)
    {
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
        return ((stdout.IsCompletedSuccessfully ? stdout.Result : "") + (stderr.IsCompletedSuccessfully ? stderr.Result : "")).Trim();
    }
}
