using Drejebog.Site.Build;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary>The preview's writer: only what changed is written, what is gone is deleted, and Pagefind's folder is left alone.</summary>
public sealed class IncrementalOutputTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Folder => temp.Combine("output");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void First_commit_writes_everything_and_deletes_what_was_there_before()
    {
        temp.Write("output/gammel/side/index.html", "fra en tidligere bygning");
        temp.Write("output/pagefind/pagefind.js", "søgeindeks");
        temp.MarkAsOutput("output");
        var output = new IncrementalOutput(Folder, "pagefind");

        var changes = Commit(output, Pages(("index.html", "<p>forside</p>")), new StaticFile("data/x.json", null, "{}"u8.ToArray()));

        Assert.Equal(["data/x.json", "index.html"], changes.Written);
        Assert.Equal(["gammel/side/index.html"], changes.Deleted);
        Assert.False(Directory.Exists(temp.Combine("output", "gammel")));
        Assert.Equal("søgeindeks", File.ReadAllText(temp.Combine("output", "pagefind", "pagefind.js")));
        Assert.Equal("<p>forside</p>", File.ReadAllText(temp.Combine("output", "index.html")));
    }

    [Fact]
    public void Links_in_the_output_are_removed_and_nothing_is_written_or_deleted_through_them()
    {
        temp.Write("udenfor/a.txt", "ikke sitets");
        temp.Write("udenfor/dybt/b.txt", "ikke sitets");
        temp.Write("andet/c.txt", "ikke sitets");
        temp.Write("output/index.html", "fra en tidligere bygning");
        temp.MarkAsOutput("output");
        Directory.CreateSymbolicLink(temp.Combine("output", "docs"), temp.Combine("udenfor"));
        Directory.CreateSymbolicLink(temp.Combine("output", "loop"), ".");
        var output = new IncrementalOutput(Folder);
        // A link made while the preview runs, where the next build writes pages.
        Directory.CreateSymbolicLink(temp.Combine("output", "roller"), temp.Combine("andet"));

        Commit(output, Pages(("index.html", "<p>forside</p>"), ("roller/x/index.html", "<p>rolle</p>")));

        Assert.Equal(["a.txt", "dybt/b.txt"], TempFolder.Snapshot(temp.Combine("udenfor")).Keys);
        Assert.Equal(["c.txt"], TempFolder.Snapshot(temp.Combine("andet")).Keys);
        Assert.Null(new DirectoryInfo(temp.Combine("output", "roller")).LinkTarget);
        Assert.False(Path.Exists(temp.Combine("output", "docs")));
        Assert.False(Path.Exists(temp.Combine("output", "loop")));
        Assert.Equal("<p>rolle</p>", File.ReadAllText(temp.Combine("output", "roller", "x", "index.html")));
    }

    [Fact]
    public void Unchanged_files_are_not_written_again()
    {
        var output = new IncrementalOutput(Folder);
        var asset = temp.Write("theme/site.css", "body {}");
        Commit(output, Pages(("a/index.html", "A"), ("b/index.html", "B")), new StaticFile("assets/site.css", asset, null));
        var before = File.GetLastWriteTimeUtc(temp.Combine("output", "a", "index.html"));

        var changes = Commit(output, Pages(("a/index.html", "A"), ("b/index.html", "B2")), new StaticFile("assets/site.css", asset, null));

        Assert.Equal(["b/index.html"], changes.Written);
        Assert.Empty(changes.Deleted);
        Assert.True(changes.OnlyPagesChanged);
        Assert.Equal(1, changes.Pages);
        Assert.Equal(before, File.GetLastWriteTimeUtc(temp.Combine("output", "a", "index.html")));
        Assert.Equal("B2", File.ReadAllText(temp.Combine("output", "b", "index.html")));
    }

    [Fact]
    public void A_changed_source_file_is_copied_again()
    {
        var output = new IncrementalOutput(Folder);
        var asset = temp.Write("theme/site.css", "body {}");
        Commit(output, Pages(), new StaticFile("assets/site.css", asset, null));
        File.WriteAllText(asset, "body { color: red; }");
        File.SetLastWriteTimeUtc(asset, DateTime.UtcNow.AddMinutes(1));

        var changes = Commit(output, Pages(), new StaticFile("assets/site.css", asset, null));

        Assert.Equal(["assets/site.css"], changes.Written);
        Assert.False(changes.OnlyPagesChanged);
        Assert.Equal("body { color: red; }", File.ReadAllText(temp.Combine("output", "assets", "site.css")));
    }

    [Fact]
    public void A_file_changed_by_something_else_is_rewritten()
    {
        var output = new IncrementalOutput(Folder);
        Commit(output, Pages(("index.html", "forside")));
        File.WriteAllText(temp.Combine("output", "index.html"), "overskrevet udefra");

        var changes = Commit(output, Pages(("index.html", "forside")));

        Assert.Equal(["index.html"], changes.Written);
        Assert.Equal("forside", File.ReadAllText(temp.Combine("output", "index.html")));
    }

    [Fact]
    public void Pages_the_build_no_longer_makes_are_deleted_with_their_empty_folders()
    {
        var output = new IncrementalOutput(Folder);
        Commit(output, Pages(("index.html", "forside"), ("milepaele/gammel/index.html", "gammel"), ("milepaele/ny/index.html", "ny")));

        var changes = Commit(output, Pages(("index.html", "forside"), ("milepaele/ny/index.html", "ny")));

        Assert.Empty(changes.Written);
        Assert.Equal(["milepaele/gammel/index.html"], changes.Deleted);
        Assert.False(changes.OnlyPagesChanged);
        Assert.False(Directory.Exists(temp.Combine("output", "milepaele", "gammel")));
        Assert.True(File.Exists(temp.Combine("output", "milepaele", "ny", "index.html")));
    }

    [Fact]
    public void A_batch_that_is_never_committed_writes_nothing()
    {
        var output = new IncrementalOutput(Folder);
        Commit(output, Pages(("index.html", "forside")));
        var before = TempFolder.Snapshot(Folder);

        Pages(output, ("index.html", "ændret"), ("ny/index.html", "ny"));

        Assert.Equal(before, TempFolder.Snapshot(Folder));
    }

    [Fact]
    public void A_folder_with_files_and_no_marker_is_refused_and_left_as_it_is()
    {
        temp.Write("output/egne-noter.txt", "ikke lavet af drejebog");
        var before = TempFolder.Snapshot(Folder);

        var error = Assert.Throws<OutputFolderException>(() => new IncrementalOutput(Folder));

        Assert.Equal((OutputState.Refused, Drejebog.Site.Diagnostics.ErrorCodes.OutputNotOurs), (error.Problem.State, error.Problem.Code));
        Assert.Equal(before, TempFolder.Snapshot(Folder));
    }

    [Fact]
    public void An_empty_folder_is_marked_and_the_marker_survives_every_commit()
    {
        Directory.CreateDirectory(Folder);
        var output = new IncrementalOutput(Folder);
        Assert.True(OutputMarker.IsMarked(Folder));

        var changes = Commit(output, Pages(("index.html", "a")));
        Commit(output, Pages(("b/index.html", "b")));

        Assert.DoesNotContain(OutputMarker.FileName, changes.Written);
        Assert.True(OutputMarker.IsMarked(Folder));
        _ = new IncrementalOutput(Folder); // a second preview may take the folder over
        Assert.Equal([OutputMarker.FileName, "b/index.html"], TempFolder.Snapshot(Folder).Keys);
    }

    [Fact]
    public void No_temporary_files_are_left_behind()
    {
        var output = new IncrementalOutput(Folder);
        Commit(output, Pages(("index.html", "a"), ("b/index.html", "b")));
        Commit(output, Pages(("index.html", "a2"), ("b/index.html", "b2")));

        Assert.Equal([OutputMarker.FileName, "b/index.html", "index.html"], TempFolder.Snapshot(Folder).Keys);
    }

    [Fact]
    public void A_file_whose_path_leads_out_of_the_folder_is_refused_and_nothing_is_written_there()
    {
        var output = new IncrementalOutput(Folder);

        var error = Assert.ThrowsAny<IOException>(() =>
            Commit(output, Pages(("index.html", "a")), new StaticFile("assets/../../udenfor.txt", null, "x"u8.ToArray())));

        Assert.IsType<OutputPathOutsideFolderException>(error.InnerException is AggregateException many ? many.InnerExceptions[0] : error);
        Assert.False(File.Exists(temp.Combine("udenfor.txt")));
    }

    private static Func<IncrementalOutput, PageBatch> Pages(params (string Path, string Html)[] pages) =>
        output => Pages(output, pages);

    private static PageBatch Pages(IncrementalOutput output, params (string Path, string Html)[] pages)
    {
        var batch = output.StartBuild();
        foreach (var (path, html) in pages)
        {
            batch.Write(path, html);
        }
        return batch;
    }

    private static OutputChanges Commit(IncrementalOutput output, Func<IncrementalOutput, PageBatch> pages, params StaticFile[] files) =>
        output.Commit(pages(output), files);
}
