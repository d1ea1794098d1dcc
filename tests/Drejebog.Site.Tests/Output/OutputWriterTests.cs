using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary>
/// <see cref="OutputWriter.Finish"/> on a staging folder that a build wrote its pages into, as
/// <c>drejebog build</c> does; the whole command is in <see cref="Cli.BuildCommandTests"/>.
/// </summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string OutputFolder => temp.Combine("output");

    [Fact]
    public void A_static_file_whose_path_leads_out_of_the_output_folder_fails_with_ds052_and_is_not_written()
    {
        var escaping = new StaticFile("assets/../../udenfor/PWNED.png", null, [1, 2, 3]);

        var problem = FinishBuild(files => [.. files, escaping]);

        Assert.NotNull(problem);
        Assert.Equal((OutputState.Unchanged, ErrorCodes.OutputFailed), (problem.State, problem.Code));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Failure_before_the_swap_leaves_the_old_output_untouched_and_cleans_up()
    {
        temp.Write("output/markør.txt", "den gamle udgave");
        temp.Write("output/index.html", "<p>gammel forside</p>");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(OutputFolder);
        string? staging = null;

        var problem = FinishBuild(beforeSwap: folder =>
        {
            staging = folder;
            Assert.True(File.Exists(Path.Combine(folder, "index.html")), "beforeSwap runs on the finished new folder");
            Assert.True(File.Exists(Path.Combine(folder, "sitemap.xml")), "the static files are copied before beforeSwap runs");
            return OutputProblem.Of(OutputState.Unchanged, ErrorCodes.PdfFailed, "chromium fejlede");
        });

        Assert.Equal(OutputProblem.Of(OutputState.Unchanged, ErrorCodes.PdfFailed, "chromium fejlede"), problem);
        Assert.Equal(before, TempFolder.Snapshot(OutputFolder));
        Assert.NotNull(staging);
        Assert.False(Directory.Exists(staging));
        AssertNoStagingFolders();
    }

    [Fact]
    public void Io_error_before_the_swap_is_returned_and_leaves_the_old_output_untouched()
    {
        temp.Write("output/markør.txt", "den gamle udgave");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(OutputFolder);

        var problem = FinishBuild(beforeSwap: _ => throw new IOException("disken er fuld"));

        Assert.Equal(OutputProblem.Of(OutputState.Unchanged, ErrorCodes.OutputFailed, "disken er fuld"), problem);
        Assert.Equal(before, TempFolder.Snapshot(OutputFolder));
        AssertNoStagingFolders();
    }

    public void Dispose() => temp.Dispose();

    // As BuildCommand: the staging folder is the build's page sink, then Finish copies the files and swaps.
    private OutputProblem? FinishBuild(Func<IReadOnlyList<StaticFile>, IEnumerable<StaticFile>>? files = null, Func<string, OutputProblem?>? beforeSwap = null)
    {
        using var staging = StagingFolder.Create(OutputFolder);
        var result = SiteBuilder.Build(TestSite.Minimal().ToSources(), sink: staging);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return OutputWriter.Finish(staging, files is null ? result.Files : files(result.Files), beforeSwap);
    }

    // The writer stages beside the output folder (.output-<guid>, .output-old-<guid>, .output-<guid>.lock).
    private void AssertNoStagingFolders() =>
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
}
