using System.Diagnostics;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Builds a site with <c>drejebog build</c> as a person runs it: the built program in its own
/// process, started in the repository, with the repository's theme. So the browser tests see what
/// the command writes (staging folder, marker, swap, then Pagefind), not a path of their own.
/// </summary>
internal static class SiteOutput
{
    // A hang guard only; the real site builds in seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Builds <paramref name="input"/> into <paramref name="output"/>, or throws with what the command printed.</summary>
    public static void Build(string input, string output, bool search)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { PreviewProcess.Program, "build", "-i", input, "-t", RepositoryRoot.Theme, "-o", output, "-q" }.Concat(search ? [] : ["--no-search"]))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("drejebog build did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"drejebog build of {input} did not finish within {Timeout}.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"drejebog build of {input} into {output} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }
    }
}
