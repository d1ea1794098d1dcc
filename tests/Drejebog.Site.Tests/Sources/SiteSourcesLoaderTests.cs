using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Sources;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Sources;

/// <summary>
/// Reading <c>input/</c> and <c>theme/</c> from a real disk: links that leave the folder, loops,
/// FIFOs, sockets and giant files are errors at the entry's path, and nothing outside is ever read.
/// Every load runs under a hang guard, since the failure these prevent is often a hang.
/// </summary>
public sealed class SiteSourcesLoaderTests : IDisposable
{
    private const string Secret = "hemmelig: maskinens fil\n";
    private readonly TempFolder temp = new();

    public SiteSourcesLoaderTests()
    {
        TestSite.Minimal().WriteTo(Root);
        temp.Write("udenfor/hemmelig.txt", Secret);
    }

    private string Root => temp.Combine("site");

    private string Input(string relative) => Path.Combine(Root, "input", relative);

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_link_to_a_file_outside_input_is_an_error_at_the_link_and_never_read()
    {
        File.CreateSymbolicLink(Input("evil.md"), temp.Combine("udenfor", "hemmelig.txt"));

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/evil.md", 1, 1, ErrorCodes.LinkOutsideFolder, temp.Combine("udenfor", "hemmelig.txt"), "site/input")], sources.LoadProblems);
        AssertNothingSecret(sources);
        var result = SiteBuilder.Build(sources);
        Assert.Contains(sources.LoadProblems[0], result.Diagnostics);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_of_input_is_an_error()
    {
        File.CreateSymbolicLink(Input("bilag.txt"), "../../udenfor/hemmelig.txt");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/bilag.txt", 1, 1, ErrorCodes.LinkOutsideFolder, "../../udenfor/hemmelig.txt", "site/input")], sources.LoadProblems);
        AssertNothingSecret(sources);
    }

    [Fact]
    public void A_link_to_a_folder_outside_input_is_an_error_and_not_read_into()
    {
        Directory.CreateSymbolicLink(Input("filer"), temp.Combine("udenfor"));

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/filer", 1, 1, ErrorCodes.LinkOutsideFolder, temp.Combine("udenfor"), "site/input")], sources.LoadProblems);
        Assert.DoesNotContain(sources.InputFiles, f => f.RelativePath.StartsWith("filer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_of_links_is_judged_by_where_it_finally_leads()
    {
        // ind.txt → videre.txt (inside) → ../../udenfor/hemmelig.txt (outside): both links are refused.
        File.CreateSymbolicLink(Input("videre.txt"), "../../udenfor/hemmelig.txt");
        File.CreateSymbolicLink(Input("ind.txt"), "videre.txt");

        var sources = Load();

        Assert.Equal(
            [
                DiagnosticAssert.Error("site/input/ind.txt", 1, 1, ErrorCodes.LinkOutsideFolder, "videre.txt", "site/input"),
                DiagnosticAssert.Error("site/input/videre.txt", 1, 1, ErrorCodes.LinkOutsideFolder, "../../udenfor/hemmelig.txt", "site/input"),
            ],
            sources.LoadProblems.OrderBy(d => d.Path, StringComparer.Ordinal));
        AssertNothingSecret(sources);
    }

    [Fact]
    public void A_link_to_dev_zero_is_an_error_not_an_endless_read()
    {
        File.CreateSymbolicLink(Input("nul.png"), "/dev/zero");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/nul.png", 1, 1, ErrorCodes.LinkOutsideFolder, "/dev/zero", "site/input")], sources.LoadProblems);
    }

    [Fact]
    public void Links_that_stay_inside_input_are_followed()
    {
        temp.Write("site/input/filer/rapport.txt", "rapport\n");
        File.CreateSymbolicLink(Input("rapport.txt"), "filer/rapport.txt");
        Directory.CreateSymbolicLink(Input("bilag"), "filer");

        var sources = Load();

        Assert.Empty(sources.LoadProblems);
        Assert.Equal("rapport\n", TextOf(sources, "rapport.txt"));
        Assert.Equal("rapport\n", TextOf(sources, "filer/rapport.txt"));
        Assert.Equal("rapport\n", TextOf(sources, "bilag/rapport.txt"));
    }

    [Fact]
    public void Links_in_a_loop_are_errors_not_a_hang()
    {
        File.CreateSymbolicLink(Input("a.md"), "b.md");
        File.CreateSymbolicLink(Input("b.md"), "a.md");
        Directory.CreateSymbolicLink(Input("faser/igen"), "..");

        var sources = Load();

        Assert.Equal(
            [
                DiagnosticAssert.Error("site/input/a.md", 1, 1, ErrorCodes.LinkLoop),
                DiagnosticAssert.Error("site/input/b.md", 1, 1, ErrorCodes.LinkLoop),
                DiagnosticAssert.Error("site/input/faser/igen", 1, 1, ErrorCodes.LinkLoop),
            ],
            sources.LoadProblems.OrderBy(d => d.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_is_read_through_one_link_at_most()
    {
        // Links to links to one folder would otherwise multiply the files read.
        temp.Write("site/input/filer/a.txt", "a\n");
        Directory.CreateSymbolicLink(Input("x"), "filer");
        Directory.CreateSymbolicLink(Input("y"), "filer");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/y", 1, 1, ErrorCodes.FolderReadTwice, "site/input/x")], sources.LoadProblems);
        Assert.Equal(["filer/a.txt", "x/a.txt"], sources.InputFiles.Select(f => f.RelativePath).Where(p => p.EndsWith("a.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Folders_linking_to_each_other_end_instead_of_repeating_forever()
    {
        temp.Write("site/input/p/a.txt", "a\n");
        temp.Write("site/input/q/b.txt", "b\n");
        Directory.CreateSymbolicLink(Input("p/til-q"), "../q");
        Directory.CreateSymbolicLink(Input("q/til-p"), "../p");

        var sources = Load();

        Assert.Equal(
            [
                DiagnosticAssert.Error("site/input/p/til-q/til-p", 1, 1, ErrorCodes.FolderReadTwice, "site/input/q/til-p"),
                DiagnosticAssert.Error("site/input/q/til-p/til-q", 1, 1, ErrorCodes.FolderReadTwice, "site/input/p/til-q"),
            ],
            sources.LoadProblems.OrderBy(d => d.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void A_dangling_link_is_an_error_not_a_crash()
    {
        File.CreateSymbolicLink(Input("væk.md"), "findes-ikke.md");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/væk.md", 1, 1, ErrorCodes.BrokenSymbolicLink, "findes-ikke.md")], sources.LoadProblems);
    }

    [Fact]
    public void A_fifo_is_an_error_and_never_opened()
    {
        MakeFifo(Input("roer.md"));
        File.CreateSymbolicLink(Input("til-roer.md"), "roer.md");

        var sources = Load();

        Assert.Equal(
            [
                DiagnosticAssert.Error("site/input/roer.md", 1, 1, ErrorCodes.NotARegularFile, "en FIFO (et navngivet rør)"),
                DiagnosticAssert.Error("site/input/til-roer.md", 1, 1, ErrorCodes.NotARegularFile, "en FIFO (et navngivet rør)"),
            ],
            sources.LoadProblems.OrderBy(d => d.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void A_socket_is_an_error()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Input("stik")));

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/stik", 1, 1, ErrorCodes.NotARegularFile, "en socket")], sources.LoadProblems);
    }

    [Fact]
    public void Devices_fifos_and_links_are_told_apart_without_opening_them()
    {
        MakeFifo(temp.Combine("roer"));
        File.CreateSymbolicLink(temp.Combine("lænke"), "roer");

        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(temp.Combine("roer")));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(temp.Combine("lænke")));
        Assert.Equal(FileKind.RegularFile, FileKinds.Of(temp.Combine("udenfor", "hemmelig.txt")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(temp.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(temp.Combine("findes-ikke")));
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped_links_included()
    {
        File.CreateSymbolicLink(Input(".skjult.md"), temp.Combine("udenfor", "hemmelig.txt"));
        Directory.CreateSymbolicLink(Input(".git"), temp.Combine("udenfor"));

        var sources = Load();

        Assert.Empty(sources.LoadProblems);
        AssertNothingSecret(sources);
    }

    [Fact]
    public void Markdown_over_the_text_limit_is_an_error_at_the_file()
    {
        WriteSparse(Input("stor.md"), FileLimits.TextBytes + 1);
        WriteSparse(Input("lige-til-graensen.yml"), FileLimits.TextBytes);

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/stor.md", 1, 1, ErrorCodes.FileTooLarge, "1.000.001", FileLimits.KindOf("stor.md"), "1.000.000")], sources.LoadProblems);
        Assert.Contains(sources.InputFiles, f => f is { RelativePath: "stor.md", Unreadable: true, Content.Length: 0 });
        Assert.Contains(sources.InputFiles, f => f.RelativePath == "lige-til-graensen.yml");
    }

    [Fact]
    public void An_image_over_the_file_limit_is_an_error_at_the_file()
    {
        WriteSparse(Input("billeder/kæmpe.png"), FileLimits.OtherBytes + 1);

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/input/billeder/kæmpe.png", 1, 1, ErrorCodes.FileTooLarge, "20.000.001", FileLimits.KindOf("kæmpe.png"), "20.000.000")], sources.LoadProblems);
    }

    [Fact]
    public void A_file_that_grew_after_it_was_measured_is_still_read_no_further_than_the_limit()
    {
        WriteSparse(Input("voksende.md"), FileLimits.TextBytes + 10);
        var tree = new SourceTree(Path.Combine(Root, "input"), "input");

        var bytes = tree.Read(new SourceEntry("voksende.md", Input("voksende.md"), Length: 10), FileLimits.TextBytes);

        Assert.Null(bytes);
        Assert.Equal([DiagnosticAssert.Error("input/voksende.md", 1, 1, ErrorCodes.FileTooLarge, "over 1.000.000", FileLimits.KindOf("voksende.md"), "1.000.000")], tree.Problems);
    }

    [Fact]
    public void Theme_templates_and_assets_may_not_link_out_of_the_theme()
    {
        File.CreateSymbolicLink(Path.Combine(Root, "theme", "layouts", "lækage.liquid"), temp.Combine("udenfor", "hemmelig.txt"));
        File.CreateSymbolicLink(Path.Combine(Root, "theme", "assets", "hemmelig.txt"), temp.Combine("udenfor", "hemmelig.txt"));

        var sources = Load();

        Assert.Equal(
            [
                DiagnosticAssert.Error("site/theme/assets/hemmelig.txt", 1, 1, ErrorCodes.LinkOutsideFolder, temp.Combine("udenfor", "hemmelig.txt"), "site/theme"),
                DiagnosticAssert.Error("site/theme/layouts/lækage.liquid", 1, 1, ErrorCodes.LinkOutsideFolder, temp.Combine("udenfor", "hemmelig.txt"), "site/theme"),
            ],
            sources.LoadProblems.OrderBy(d => d.Path, StringComparer.Ordinal));
        Assert.DoesNotContain(sources.Templates.Values, text => text.Contains("hemmelig", StringComparison.Ordinal));
        Assert.DoesNotContain(sources.Assets, a => Encoding.UTF8.GetString(a.Content ?? []).Contains("hemmelig", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_inside_the_installed_packages_must_stay_inside_them()
    {
        temp.Write("site/theme/node_modules/dkfds/dist/css/dkfds.css", "body {}\n");
        Directory.CreateDirectory(Path.Combine(Root, "theme", "node_modules", "dkfds", "dist", "img"));
        File.CreateSymbolicLink(Path.Combine(Root, "theme", "node_modules", "dkfds", "dist", "img", "logo.png"), temp.Combine("udenfor", "hemmelig.txt"));
        temp.Write("site/theme/assets.json", """
            [{"from": "dist/css/dkfds.css", "to": "dkfds/css/dkfds.css"}, {"from": "dist/img", "to": "dkfds/img"}]
            """);

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/theme/node_modules/dkfds/dist/img/logo.png", 1, 1, ErrorCodes.LinkOutsideFolder, temp.Combine("udenfor", "hemmelig.txt"), "site/theme/node_modules")], sources.LoadProblems);
        Assert.Equal("body {}\n", Encoding.UTF8.GetString(sources.Assets.Single(a => a.OutputPath == "assets/dkfds/css/dkfds.css").Content!));
        Assert.DoesNotContain(sources.Assets, a => a.OutputPath.StartsWith("assets/dkfds/img", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_node_modules_is_an_error_and_nothing_is_read_through_it()
    {
        // The attack: node_modules linked to the machine's root, and the asset map names a file there.
        temp.Write("pakker/dkfds/hemmelig.txt", Secret);
        Directory.CreateSymbolicLink(Path.Combine(Root, "theme", "node_modules"), temp.Combine("pakker"));
        temp.Write("site/theme/assets.json", """[{"from": "hemmelig.txt", "to": "x.txt"}]""");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/theme/node_modules", 1, 1, ErrorCodes.LinkedFolderInTheme, "node_modules", temp.Combine("pakker"))], sources.LoadProblems);
        AssertNothingSecret(sources);
        Assert.Empty(sources.MissingAssets);
    }

    [Fact]
    public void The_asset_map_cannot_name_files_outside_the_installed_packages()
    {
        Directory.CreateDirectory(Path.Combine(Root, "theme", "node_modules", "dkfds"));
        temp.Write("site/theme/assets.json", """[{"from": "../../../../udenfor/hemmelig.txt", "to": "hemmelig.txt"}]""");

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/theme/assets.json", 1, 11, ErrorCodes.UnsafeAssetPath, "from", "../../../../udenfor/hemmelig.txt")], sources.LoadProblems);
        AssertNothingSecret(sources);
    }

    [Fact]
    public void The_asset_map_cannot_publish_outside_the_output_folder()
    {
        temp.Write("site/theme/node_modules/dkfds/dist/img/logo.png", "png\n");
        temp.Write("site/theme/assets.json", """
            [
              {"from": "dist/img/logo.png", "to": "../../../../../../tmp/atk/PWNED.png"}
            ]
            """);

        var sources = Load();

        Assert.Equal([DiagnosticAssert.Error("site/theme/assets.json", 2, 39, ErrorCodes.UnsafeAssetPath, "to", "../../../../../../tmp/atk/PWNED.png")], sources.LoadProblems);
        Assert.DoesNotContain(sources.Assets, a => a.OutputPath.Contains("PWNED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dist/img", true)]
    [InlineData("dkfds/css/dkfds.css", true)]
    [InlineData("..", false)]
    [InlineData("dist/../../x", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("dist//img", false)]
    [InlineData("dist/img/", false)]
    [InlineData("./dist", false)]
    [InlineData("dist\\img", false)]
    [InlineData("", false)]
    public void Asset_map_paths_are_plain_relative_paths(string path, bool allowed) =>
        Assert.Equal(allowed, AssetMap.IsPlainRelativePath(path));

    [Fact]
    public void An_asset_map_that_is_not_a_list_of_mappings_is_an_error_not_a_crash()
    {
        temp.Write("site/theme/assets.json", "[\n  {\"from\": \"dist/css\"}\n]\n");

        var sources = Load();

        var problem = Assert.Single(sources.LoadProblems);
        Assert.Equal(("site/theme/assets.json", ErrorCodes.InvalidAssetMap.Code), (problem.Path, problem.Code));
    }

    [Fact]
    public void Broken_json_in_the_asset_map_is_reported_at_its_line()
    {
        temp.Write("site/theme/assets.json", "[\n  {\"from\": \"dist/css\",,}\n]\n");

        var sources = Load();

        var problem = Assert.Single(sources.LoadProblems);
        Assert.Equal(("site/theme/assets.json", 2, ErrorCodes.InvalidAssetMap.Code), (problem.Path, problem.Line, problem.Code));
    }

    /// <summary>Loads the site under a hang guard: a FIFO opened by mistake blocks forever.</summary>
    private SiteSources Load()
    {
        var load = Task.Run(() => SiteSourcesLoader.FromDisk(Path.Combine(Root, "input"), Path.Combine(Root, "theme"), temp.Path));
        Assert.True(load.Wait(TimeSpan.FromSeconds(60)), "Loading the site hung.");
        return load.Result;
    }

    private static void AssertNothingSecret(SiteSources sources)
    {
        Assert.DoesNotContain(sources.InputFiles, f => Encoding.UTF8.GetString(f.Content) == Secret);
        Assert.DoesNotContain(sources.Assets, a => a.Content is { } bytes && Encoding.UTF8.GetString(bytes) == Secret);
    }

    private static string TextOf(SiteSources sources, string relativePath) =>
        Encoding.UTF8.GetString(sources.InputFiles.Single(f => f.RelativePath == relativePath).Content);

    private static void WriteSparse(string path, long length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        file.SetLength(length);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        Assert.True(mkfifo.WaitForExit(30_000), "mkfifo hung.");
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
