namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Builds a site with <c>drejebog build</c> as a person runs it: the built program in its own
/// process, started in the repository, with the repository's theme. So the browser tests see what
/// the command writes (staging folder, marker, swap, then Pagefind), not a path of their own.
/// </summary>
internal static class SiteOutput
{
    // A hang guard only; the real site builds in seconds (and prints its PDF in about ten).
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Builds <paramref name="input"/> into <paramref name="output"/> without the PDF (slow, and only its own test reads it), or throws with what the command printed.</summary>
    public static void Build(string input, string output, bool search)
    {
        var (exitCode, stdout, stderr) = Run(input, output, ["-q", "--no-pdf", .. search ? Array.Empty<string>() : ["--no-search"]]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"drejebog build of {input} into {output} exited with {exitCode}:\n{stdout}\n{stderr}");
        }
    }

    /// <summary>Runs <c>drejebog build -i … -t … -o …</c> with <paramref name="options"/> and, when given, other environment variables.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string input, string output, IEnumerable<string> options,
        IReadOnlyDictionary<string, string>? environment = null)
        => PublishedProgram.Run(["build", "-i", input, "-t", RepositoryRoot.Theme, "-o", output, .. options], RepositoryRoot.Path, Timeout, environment);
}
