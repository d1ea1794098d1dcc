using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string OutputFolder => temp.Combine("output");

    [Fact]
    public void Successful_write_creates_every_page_and_file()
    {
        var result = TestSite.Minimal().WithBytes("input/bilag/skabelon.docx", [1, 2, 3]).Build();

        var problem = OutputWriter.Write(result, OutputFolder);

        Assert.Null(problem);
        foreach (var page in result.Pages)
        {
            Assert.Equal(page.Html, File.ReadAllText(temp.Combine("output", page.OutputPath), Encoding.UTF8));
        }
        Assert.Equal([1, 2, 3], File.ReadAllBytes(temp.Combine("output", "bilag", "skabelon.docx")));
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
        Assert.True(File.Exists(temp.Combine("output", "milepaele", "plan", "index.html")));
        Assert.True(File.Exists(temp.Combine("output", "404.html")));
        Assert.True(File.Exists(temp.Combine("output", "sitemap.xml")));
        Assert.Equal(result.Pages.Count + result.Files.Count + 1, TempFolder.Snapshot(OutputFolder).Count);
        Assert.True(OutputMarker.IsMarked(OutputFolder));
        AssertNoStagingFolders();
    }

    [Fact]
    public void A_static_file_whose_path_leads_out_of_the_output_folder_fails_with_ds052_and_is_not_written()
    {
        var result = TestSite.Minimal().Build();
        var escaping = new StaticFile("assets/../../udenfor/PWNED.png", null, [1, 2, 3]);

        var problem = OutputWriter.Write(result with { Files = [.. result.Files, escaping] }, OutputFolder);

        Assert.NotNull(problem);
        Assert.Equal((OutputState.Unchanged, ErrorCodes.OutputFailed), (problem.State, problem.Code));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Pages_are_written_as_utf8_without_byte_order_mark()
    {
        var result = TestSite.Minimal().Build();

        OutputWriter.Write(result, OutputFolder);

        var bytes = File.ReadAllBytes(temp.Combine("output", "faser", "planlaegning", "index.html"));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Contains("Planlægning", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Successful_write_replaces_the_old_output_completely()
    {
        temp.Write("output/gammel.html", "fra en tidligere bygning");
        temp.MarkAsOutput("output");

        var problem = OutputWriter.Write(TestSite.Minimal().Build(), OutputFolder);

        Assert.Null(problem);
        Assert.False(File.Exists(temp.Combine("output", "gammel.html")));
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
        AssertNoStagingFolders();
    }

    [Fact]
    public void Failure_before_the_swap_leaves_the_old_output_untouched_and_cleans_up()
    {
        temp.Write("output/markør.txt", "den gamle udgave");
        temp.Write("output/index.html", "<p>gammel forside</p>");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(OutputFolder);
        string? staging = null;

        var problem = OutputWriter.Write(TestSite.Minimal().Build(), OutputFolder, folder =>
        {
            staging = folder;
            Assert.True(File.Exists(Path.Combine(folder, "index.html")), "beforeSwap runs on the finished new folder");
            return "søgeindekset fejlede";
        });

        Assert.Equal(new OutputProblem(OutputState.Unchanged, ErrorCodes.SearchIndexFailed, "søgeindekset fejlede"), problem);
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

        var problem = OutputWriter.Write(TestSite.Minimal().Build(), OutputFolder, _ => throw new IOException("disken er fuld"));

        Assert.Equal(OutputProblem.Of(OutputState.Unchanged, ErrorCodes.OutputFailed, "disken er fuld"), problem);
        Assert.Equal(before, TempFolder.Snapshot(OutputFolder));
        AssertNoStagingFolders();
    }

    [Fact]
    public void Write_into_a_missing_output_folder_creates_it()
    {
        var nested = temp.Combine("ny", "output");
        Directory.CreateDirectory(temp.Combine("ny"));

        Assert.Null(OutputWriter.Write(TestSite.Minimal().Build(), nested));
        Assert.True(File.Exists(Path.Combine(nested, "index.html")));
    }

    public void Dispose() => temp.Dispose();

    // The writer stages beside the output folder (.output-<guid>, .output-old-<guid>, .output-<guid>.lock).
    private void AssertNoStagingFolders() =>
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n != "ny"));
}
