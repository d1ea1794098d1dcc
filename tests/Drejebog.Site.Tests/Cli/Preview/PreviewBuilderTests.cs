using System.IO.Enumeration;
using Drejebog.Site.Cli;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>
/// The preview's rebuilds reuse earlier work and write only what changed, yet leave exactly the
/// folder a clean <c>build</c> makes, search index included.
/// </summary>
public sealed class PreviewBuilderTests : IDisposable
{
    private const string Milestone = "input/milepaele/1-01-ejerskab-og-ressourcer.md";
    private const string MilestonePage = "milepaele/ejerskab-og-ressourcer/index.html";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void After_a_sequence_of_edits_the_output_is_byte_identical_to_a_clean_build()
    {
        var site = EditableRealSite.CopyTo(temp.Combine("site"));
        var options = Options(site, temp.Combine("preview"));
        var builder = new PreviewBuilder(options);
        var search = new List<string?>();
        using (var refresher = new SearchRefresher(options.Output, options.Theme, (problem, _) => search.Add(problem)))
        {
            Assert.True(builder.Build(full: true).Succeeded);

            // A body edit: its page and the whole playbook that holds it, nothing else, and every other file's front matter reused.
            site.Edit(Milestone, "Den første større opgave", "Den allerførste større opgave");
            var body = builder.Build(full: false);
            Assert.Equal(["hele-drejebogen/index.html", MilestonePage], body.Changes!.Written.Order(StringComparer.Ordinal));
            Assert.Equal(Directory.GetFiles(site.Input, "*.md", SearchOption.AllDirectories).Length - 1, builder.Cache.LastBuildHits.Documents);
            Assert.True(builder.Cache.LastBuildHits.Pages > 40, $"only {builder.Cache.LastBuildHits.Pages} pages reused their HTML pass");
            refresher.Request();

            // A title edit reaches the phase, role and overview pages and the content index.
            site.Edit(Milestone, "title: Ejerskab for opgave besluttet", "title: Ejerskab for opgaven besluttet");
            var title = builder.Build(full: false);
            Assert.Contains("faser/planlaegning/index.html", title.Changes!.Written);
            Assert.Contains("data/drejebog.json", title.Changes.Written);

            // An error writes nothing; its fix builds again.
            var before = BuiltFiles(options.Output);
            site.Edit(Milestone, "phase: planlaegning", "phase: planlaegningx");
            Assert.False(builder.Build(full: false).Succeeded);
            Assert.Equal(before, BuiltFiles(options.Output));
            site.Edit(Milestone, "phase: planlaegningx", "phase: planlaegning");
            Assert.True(builder.Build(full: false).Succeeded);

            // A file that comes and goes.
            File.WriteAllText(Path.Combine(site.Input, "filer-note.txt"), "en note");
            Assert.Equal(["filer-note.txt"], builder.Build(full: false).Changes!.Added);
            File.Delete(Path.Combine(site.Input, "filer-note.txt"));
            Assert.Equal(["filer-note.txt"], builder.Build(full: false).Changes!.Deleted);

            // A theme edit: every page names the stylesheet by its new hash.
            File.AppendAllText(Path.Combine(site.Theme, "assets", "css", "site.css"), "\n/* ændret */\n");
            var theme = builder.Build(full: true);
            Assert.Contains(MilestonePage, theme.Changes!.Written);
            refresher.Request();
        }
        Assert.All(search, problem => Assert.Null(problem));

        var clean = temp.Combine("clean");
        var exitCode = BuildCommand.Run(Options(site, clean) with { Search = true }, write: true, TextWriter.Null, TextWriter.Null);
        Assert.Equal(ExitCode.Ok, exitCode);
        var expected = TempFolder.Snapshot(clean);
        var actual = TempFolder.Snapshot(options.Output);
        Assert.Contains(expected.Keys, path => path.StartsWith("pagefind/", StringComparison.Ordinal));
        Assert.True(expected.Keys.SequenceEqual(actual.Keys), $"only in the clean build: {string.Join(", ", expected.Keys.Except(actual.Keys))}; only in the preview: {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        Assert.All(expected.Keys, path => Assert.True(expected[path] == actual[path], $"{path} differs from a clean build"));
        Assert.Equal(["clean", "preview", "site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_first_build_leaves_an_empty_folder_to_serve()
    {
        TestSite.Minimal().ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første").WriteTo(temp.Path);
        var builder = new PreviewBuilder(new BuildOptions(temp.Path, temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), Search: false, Quiet: true));

        var build = builder.Build(full: true);

        Assert.False(build.Succeeded);
        Assert.Single(build.Errors);
        Assert.Equal([OutputMarker.FileName], Directory.GetFileSystemEntries(temp.Combine("output")).Select(Path.GetFileName));
    }

    /// <summary>
    /// The output without <c>pagefind/</c>, which the search refresher asked for above may still be
    /// replacing in the background (so the folder can even vanish while it is read).
    /// </summary>
    private static SortedDictionary<string, string> BuiltFiles(string output)
    {
        var files = new FileSystemEnumerable<string>(output, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => entry.ToFullPath() != Path.Combine(output, PreviewBuilder.SearchFolder),
        };
        return new(files.ToDictionary(path => Path.GetRelativePath(output, path), path => Convert.ToBase64String(File.ReadAllBytes(path))), StringComparer.Ordinal);
    }

    private static BuildOptions Options(EditableRealSite site, string output) =>
        new(Path.GetDirectoryName(site.Input)!, site.Input, site.Theme, output, Search: false, Quiet: true);
}
