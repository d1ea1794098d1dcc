using System.Security.Cryptography;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// The program users run is compiled ahead of time (README, "The two commands"); the other tests run
/// the same code under the JIT. Here the published program builds the real site, and every file
/// must be byte for byte what the JIT-compiled code writes: reflection that the trimmer removed or
/// a serializer that needs generated code would show up as a crash or a different file.
/// </summary>
public sealed class PublishedProgramTests
{
    [Fact]
    public void Published_program_builds_the_real_site_byte_for_byte_as_the_jit_compiled_code()
    {
        using var temp = new TempFolder();
        var published = temp.Combine("published");
        var jit = temp.Combine("jit");
        string[] options = ["-i", RepositoryRoot.Input, "-t", RepositoryRoot.Theme, "--no-pdf", "--no-search", "-q"];

        var (exitCode, output) = RunPublished(["build", .. options, "-o", published]);
        var (jitExit, _, jitErrors) = CliRunner.Run(["build", .. options, "-o", jit]);

        Assert.True(jitExit == 0, jitErrors);
        Assert.True(exitCode == 0, output);
        var expected = Hashes(jit);
        Assert.True(expected.Count > 100, $"only {expected.Count} files built");
        Assert.Equal(expected, Hashes(published));
    }

    [Fact]
    public void Published_program_reports_a_content_error_as_the_jit_compiled_code()
    {
        using var site = new TempFolder();
        EditableRealSite.CopyTo(site.Path).Edit("input/milepaele/1-03-as-is-viden.md", "order: 3", "order 3");
        string[] args = ["check", "-q", "-i", Path.Combine(site.Path, "input"), "-t", Path.Combine(site.Path, "theme")];

        var (exitCode, output) = RunPublished(args);
        var (jitExit, jitOut, jitErrors) = CliRunner.Run(args);

        Assert.Equal(1, exitCode);
        Assert.Equal(jitExit, exitCode);
        Assert.Contains("1-03-as-is-viden.md:5:6: fejl DS110", output, StringComparison.Ordinal);
        Assert.Equal(jitOut + jitErrors, output);
    }

    private static (int ExitCode, string Output) RunPublished(string[] args)
    {
        var (exitCode, stdout, stderr) = PublishedProgram.Run(args, Directory.GetCurrentDirectory(), TimeSpan.FromMinutes(2));
        return (exitCode, stdout + stderr);
    }

    private static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
            path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))), StringComparer.Ordinal);
}
