using System.Text;
using Drejebog.Site.Cli;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary><c>build</c> and <c>check</c> through <see cref="BuildCommand.Run(BuildOptions, bool, TextWriter, TextWriter)"/>, with captured writers.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();

    [Fact]
    public void Build_writes_the_site_and_replaces_the_old_output()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output/gammel.html", "gammel");
        temp.MarkAsOutput("output");

        var exitCode = Run(write: true, search: false);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.True(File.Exists(temp.Combine("output", "milepaele", "plan", "index.html")));
        Assert.False(File.Exists(temp.Combine("output", "gammel.html")));
        Assert.Contains("Færdig", stdout.ToString(), StringComparison.Ordinal);
        Assert.Empty(stderr.ToString());
        AssertNoStagingFolders();
    }

    [Fact]
    public void Build_writes_exactly_the_pages_and_files_that_the_site_builds_to()
    {
        var site = TestSite.Minimal().WithBytes("input/bilag/skabelon.docx", [1, 2, 3]);
        site.WriteTo(temp.Path);
        var expected = site.Build();

        var exitCode = Run(write: true, search: false);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.NotEmpty(expected.Pages);
        foreach (var page in expected.Pages)
        {
            Assert.Equal(page.Html, File.ReadAllText(temp.Combine("output", page.OutputPath), Encoding.UTF8));
        }
        Assert.Equal([1, 2, 3], File.ReadAllBytes(temp.Combine("output", "bilag", "skabelon.docx")));
        Assert.True(File.Exists(temp.Combine("output", "milepaele", "plan", "index.html")));
        Assert.True(File.Exists(temp.Combine("output", "404.html")));
        Assert.True(File.Exists(temp.Combine("output", "sitemap.xml")));
        // Every page and file, and the marker that makes the folder ours to replace next time.
        Assert.Equal(expected.Pages.Count + expected.Files.Count + 1, TempFolder.Snapshot(temp.Combine("output")).Count);
        Assert.True(OutputMarker.IsMarked(temp.Combine("output")));
        AssertNoStagingFolders();
    }

    [Fact]
    public void Build_writes_pages_as_utf8_without_byte_order_mark()
    {
        TestSite.Minimal().WriteTo(temp.Path);

        var exitCode = Run(write: true, search: false);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        var bytes = File.ReadAllBytes(temp.Combine("output", "faser", "planlaegning", "index.html"));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Contains("Planlægning", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_into_a_missing_output_folder_creates_it()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        var nested = temp.Combine("ny", "output");

        var exitCode = BuildCommand.Run(
            new BuildOptions(temp.Path, temp.Combine("input"), temp.Combine("theme"), nested, Search: false, Quiet: true),
            write: true, stdout, stderr);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.True(File.Exists(Path.Combine(nested, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Combine("ny")).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_writes_netlify_redirects_and_a_redirect_page_for_each_former_url()
    {
        TestSite.Minimal().InsertLine("input/milepaele/1-01-start.md", 13, "redirect_from: /gammel-start").WriteTo(temp.Path);

        var exitCode = Run(write: true, search: false);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.Contains("/gammel-start/ /milepaele/start/ 301!\n", File.ReadAllText(temp.Combine("output", "_redirects")), StringComparison.Ordinal);
        Assert.Contains("content=\"0; url=/milepaele/start/\"", File.ReadAllText(temp.Combine("output", "gammel-start", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("gammel-start", File.ReadAllText(temp.Combine("output", "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_every_error_and_writes_nothing()
    {
        TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-02-plan.md", 5, "order: 2", "order: første")
            .ReplaceLine("input/roller/programleder.md", 6, "reports_to: programejer", "reports_to: chef")
            .WriteTo(temp.Path);

        var exitCode = Run(write: false, search: false);

        Assert.Equal(ExitCode.ContentErrors, exitCode);
        // Without the source excerpts under each diagnostic (CheckExcerptTests).
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('|') && !line.Contains(" | ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.EndsWith($"1-02-plan.md:5:8: fejl {ErrorCodes.WrongType.Code}: {ErrorCodes.WrongType.Format("order", "et heltal på mindst 1")}", lines[0], StringComparison.Ordinal);
        Assert.EndsWith($"programleder.md:6:13: fejl {ErrorCodes.UnknownRole.Code}: {ErrorCodes.UnknownRole.Format("chef", "programejer, programleder")}", lines[1], StringComparison.Ordinal);
        Assert.Contains("2 fejl", lines[2], StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public void Search_index_failure_exits_3_and_leaves_the_old_output_untouched()
    {
        // The test theme has no node_modules, so Pagefind is missing and the step before the swap fails.
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output/markør.txt", "fra sidste bygning");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(temp.Combine("output"));

        var exitCode = Run(write: true, search: true);

        Assert.Equal(ExitCode.ToolFailure, exitCode);
        Assert.Contains(ErrorCodes.SearchIndexFailed.Format("").TrimEnd(), stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Output-mappen er ikke ændret", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, TempFolder.Snapshot(temp.Combine("output")));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_exits_3_with_ds075_and_stays()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output", "en fil, ikke en mappe");

        var exitCode = Run(write: true, search: false);

        Assert.Equal(ExitCode.ToolFailure, exitCode);
        Assert.Contains($"fejl {ErrorCodes.OutputCreateFailed.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Output-mappen er ikke ændret", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("en fil, ikke en mappe", File.ReadAllText(temp.Combine("output")));
    }

    [Fact]
    public void Old_output_that_cannot_be_deleted_exits_0_with_a_warning_that_the_new_output_is_in_place()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output/gammel.html", "gammel");
        temp.MarkAsOutput("output");

        var exitCode = Run(write: true, search: false, new FailingFolders(failDelete: true));

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.StartsWith($"advarsel {ErrorCodes.OldOutputLeftBehind.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ikke ændret", stderr.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
        Assert.False(File.Exists(temp.Combine("output", "gammel.html")));
        Assert.Contains("Færdig", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_swap_exits_3_and_says_the_output_is_unchanged()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output/gammel.html", "gammel");
        temp.MarkAsOutput("output");
        var before = TempFolder.Snapshot(temp.Combine("output"));

        var exitCode = Run(write: true, search: false, new FailingFolders(failMove: 2));

        Assert.Equal(ExitCode.ToolFailure, exitCode);
        Assert.StartsWith($"fejl {ErrorCodes.SwapRolledBack.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("Output-mappen er ikke ændret", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, TempFolder.Snapshot(temp.Combine("output")));
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Preview_onto_a_file_exits_3_with_ds075_before_serving()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("output", "en fil, ikke en mappe");

        var exitCode = PreviewCommand.Run(
            new BuildOptions(temp.Path, temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), Search: false, Quiet: true, Port: 0),
            stdout, stderr, CancellationToken.None);

        Assert.Equal(ExitCode.ToolFailure, exitCode);
        Assert.Contains($"fejl {ErrorCodes.OutputCreateFailed.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("en fil, ikke en mappe", File.ReadAllText(temp.Combine("output")));
    }

    [Fact]
    public void Theme_without_package_json_exits_3_with_ds050()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        File.Delete(temp.Combine("theme", "package.json"));

        var exitCode = Run(write: false, search: false);

        Assert.Equal(ExitCode.ToolFailure, exitCode);
        Assert.Contains($"fejl {ErrorCodes.ThemeInstallFailed.Code}", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_theme_package_json_exits_1_with_ds050_at_its_line()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("theme/package.json", "{\"dependencies\": {\"dkfds\": 11}}\n");

        var exitCode = Run(write: false, search: false);

        Assert.Equal(ExitCode.ContentErrors, exitCode);
        Assert.StartsWith($"{temp.Combine("theme", "package.json")}:1:28: fejl {ErrorCodes.ThemeInstallFailed.Code}: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_theme_node_modules_exits_1_and_is_never_emptied()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("theme/package.json", """{"dependencies": {"dkfds": "11.2.0"}}""");
        temp.Write("delt/vigtig.txt", "må ikke slettes");
        Directory.CreateSymbolicLink(temp.Combine("theme", "node_modules"), temp.Combine("delt"));

        var exitCode = Run(write: false, search: false);

        Assert.Equal(ExitCode.ContentErrors, exitCode);
        Assert.StartsWith($"{temp.Combine("theme", "package.json")}:1:1: fejl {ErrorCodes.ThemeInstallFailed.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("må ikke slettes", File.ReadAllText(temp.Combine("delt", "vigtig.txt")));
    }

    [Fact]
    public void An_asset_map_that_publishes_outside_the_output_folder_fails_and_writes_nothing_there()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        temp.Write("theme/node_modules/dkfds/dist/img/logo.png", "png");
        temp.Write("theme/assets.json", """[{"from": "dist/img/logo.png", "to": "../../udenfor/PWNED.png"}]""");

        var exitCode = Run(write: true, search: false);

        Assert.Equal(ExitCode.ContentErrors, exitCode);
        Assert.Contains($"fejl {ErrorCodes.UnsafeAssetPath.Code}: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("udenfor")));
    }

    [Fact]
    public void Build_of_the_real_site_writes_every_page_and_the_theme_assets()
    {
        var options = new BuildOptions(RepositoryRoot.Path, RepositoryRoot.Input, RepositoryRoot.Theme, temp.Combine("output"), Search: false, Quiet: true);

        var exitCode = BuildCommand.Run(options, write: true, stdout, stderr);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.Equal(RealSite.RealSiteBuild.Result.Pages.Count,
            Directory.GetFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories).Length);
        // The assets are written under their content-hashed names only.
        Assert.Single(Directory.GetFiles(temp.Combine("output", "assets", "generated", "css")), f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^dkfds\.[0-9a-f]{8}\.css$"));
        Assert.False(File.Exists(temp.Combine("output", "assets", "generated", "css", "dkfds.css")));
        Assert.True(File.Exists(temp.Combine("output", "sitemap.xml")));
    }

    public void Dispose()
    {
        temp.Dispose();
        stdout.Dispose();
        stderr.Dispose();
    }

    // The build stages beside the output folder (.output-<guid>, .output-old-<guid>, .output-<guid>.lock).
    private void AssertNoStagingFolders() =>
        Assert.Equal(["input", "output", "theme"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());

    private ExitCode Run(bool write, bool search, FolderOperations? folders = null) =>
        BuildCommand.Run(
            new BuildOptions(temp.Path, temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), search, Quiet: true),
            write, stdout, stderr, folders ?? FolderOperations.Real);
}
