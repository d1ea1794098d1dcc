using System.Diagnostics;

namespace Drejebog.Site.Testing;

/// <summary>
/// The generator as the README's build command makes it: <c>dotnet publish</c> of src/Drejebog.Site,
/// compiled ahead of time (Native AOT). Published once per test run into
/// <c>src/Drejebog.Site/bin/Release/published/</c>; a file lock keeps two test projects running at
/// once from publishing over each other, and the second one's publish finds nothing to do.
/// </summary>
internal static class PublishedProgram
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(8);

    private static readonly Lazy<string> Published = new(Publish);

    /// <summary>The native program; started directly, not through <c>dotnet</c>.</summary>
    public static string Path => Published.Value;

    private static string Publish()
    {
        var project = System.IO.Path.Combine(RepositoryRoot.Path, "src", "Drejebog.Site");
        var folder = System.IO.Path.Combine(project, "bin", "Release", "published");
        Directory.CreateDirectory(System.IO.Path.Combine(project, "bin"));
        using (Lock(System.IO.Path.Combine(project, "bin", ".publish.lock")))
        {
            var (exitCode, stdout, stderr) = RunProcess(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
                ["publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "q"], RepositoryRoot.Path, null, PublishLimit);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish {project} exited with {exitCode}:\n{stdout}\n{stderr}");
            }
        }
        var program = System.IO.Path.Combine(folder, OperatingSystem.IsWindows() ? "drejebog.exe" : "drejebog");
        return File.Exists(program) ? program : throw new FileNotFoundException($"dotnet publish made no {program}.", program);
    }

    /// <summary>Runs the published program with <paramref name="args"/> and, when given, other environment variables; a run longer than <paramref name="limit"/> is killed and throws.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args, string workingDirectory, TimeSpan limit,
        IReadOnlyDictionary<string, string>? environment = null) =>
        RunProcess(Path, args, workingDirectory, environment, limit);

    private static (int ExitCode, string Stdout, string Stderr) RunProcess(string program, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {limit}.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static FileStream Lock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 2400)
            {
                Thread.Sleep(200);
            }
        }
    }
}
