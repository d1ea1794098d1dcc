using System.Diagnostics;
using Drejebog.Site.Cli;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// <c>build</c> and <c>preview</c> read the input through the same safe loader: a pull request that
/// commits a link to the build machine's files, a FIFO or a page of its own gets errors, exit 1 and
/// nothing published, and never a hang.
/// </summary>
public sealed class UnsafeInputFilesTests : IDisposable
{
    private const string Secret = "hemmelig: maskinens fil\n";
    private readonly TempFolder temp = new();

    public UnsafeInputFilesTests()
    {
        TestSite.Minimal().WriteTo(temp.Combine("site"));
        temp.Write("udenfor/hemmelig.txt", Secret);
        File.CreateSymbolicLink(temp.Combine("site", "input", "evil.md"), temp.Combine("udenfor", "hemmelig.txt"));
        Directory.CreateSymbolicLink(temp.Combine("site", "input", "filer"), temp.Combine("udenfor"));
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [temp.Combine("site", "input", "roer.png")]) { UseShellExecute = false })!;
        Assert.True(mkfifo.WaitForExit(30_000), "mkfifo hung.");
        temp.Write("site/input/index.html", "<script>alert(1)</script>\n");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Build_reports_every_unsafe_file_exits_1_and_publishes_nothing_of_them()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = WithHangGuard(() => BuildCommand.Run(Options(), write: true, stdout, stderr));

        Assert.Equal(ExitCode.ContentErrors, exitCode);
        var codes = stderr.ToString().Split('\n').Where(line => line.Contains(": fejl ", StringComparison.Ordinal)).Select(line => line.Split(": fejl ")[1][..5]).ToList();
        Assert.Equal([ErrorCodes.LinkOutsideFolder.Code, ErrorCodes.LinkOutsideFolder.Code, ErrorCodes.OutputPathTaken.Code, ErrorCodes.NotARegularFile.Code], codes);
        AssertNoSecretIn(temp.Combine("output"));
    }

    [Fact]
    public void Preview_reports_them_too_and_serves_nothing_of_them()
    {
        var builder = new PreviewBuilder(Options());

        var build = WithHangGuard(() => builder.Build(full: true));

        Assert.Equal(
            [ErrorCodes.LinkOutsideFolder.Code, ErrorCodes.LinkOutsideFolder.Code, ErrorCodes.OutputPathTaken.Code, ErrorCodes.NotARegularFile.Code],
            build.Errors.Select(d => d.Code));
        AssertNoSecretIn(temp.Combine("output"));
    }

    private BuildOptions Options() =>
        new(temp.Combine("site"), temp.Combine("site", "input"), temp.Combine("site", "theme"), temp.Combine("output"), Search: false, Quiet: true);

    private static T WithHangGuard<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(120)), "The build hung.");
        return task.Result;
    }

    private static void AssertNoSecretIn(string output)
    {
        var files = Directory.Exists(output) ? Directory.GetFiles(output, "*", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(files, file => File.ReadAllText(file).Contains("hemmelig", StringComparison.Ordinal));
    }
}
