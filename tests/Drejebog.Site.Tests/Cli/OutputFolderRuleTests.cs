using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// The attacks from issue 10 on the output folder: <c>build</c> and <c>preview</c> refuse every
/// folder they do not own with exit 2, before anything is touched, so every file (the sources,
/// the theme, a neighbour's notes) stays byte for byte as it was.
/// </summary>
public sealed class OutputFolderRuleTests : IDisposable
{
    private readonly TempFolder temp = new();

    public OutputFolderRuleTests()
    {
        TestSite.Minimal().WriteTo(temp.Combine("site"));
        temp.Write("site/README.md", "repositoriets egne filer");
        temp.Write("site/noter/udkast.txt", "en mappe, drejebog ikke har lavet");
        temp.Write("nabo/vigtigt.txt", "en anden mappe ved siden af sitet");
    }

    public void Dispose() => temp.Dispose();

    private string Site => temp.Combine("site");

    public static TheoryData<string, string, string> Refused => new()
    {
        { "build", ".", ErrorCodes.OutputIsWorkingFolder.Code },
        { "build", "./", ErrorCodes.OutputIsWorkingFolder.Code },
        { "build", "", ErrorCodes.OutputPathEmpty.Code },
        { "build", " ", ErrorCodes.OutputPathEmpty.Code },
        { "build", "-q", ErrorCodes.OutputLooksLikeOption.Code },
        { "build", "input", ErrorCodes.OutputContainsSources.Code },
        { "build", "theme", ErrorCodes.OutputContainsSources.Code },
        { "build", "input/faser", ErrorCodes.OutputInsideSources.Code },
        { "build", "theme/ny", ErrorCodes.OutputInsideSources.Code },
        { "build", "..", ErrorCodes.OutputIsWorkingFolder.Code },
        { "build", "/", ErrorCodes.OutputIsWorkingFolder.Code },
        { "build", "../nabo", ErrorCodes.OutputNotOurs.Code },
        { "build", "noter", ErrorCodes.OutputNotOurs.Code },
        { "build", "input/../noter/", ErrorCodes.OutputNotOurs.Code },
        { "preview", ".", ErrorCodes.OutputIsWorkingFolder.Code },
        { "preview", "", ErrorCodes.OutputPathEmpty.Code },
        { "preview", "input", ErrorCodes.OutputContainsSources.Code },
        { "preview", "theme", ErrorCodes.OutputContainsSources.Code },
        { "preview", "..", ErrorCodes.OutputIsWorkingFolder.Code },
        { "preview", "../nabo", ErrorCodes.OutputNotOurs.Code },
        { "preview", "noter", ErrorCodes.OutputNotOurs.Code },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_folder_the_tool_does_not_own_is_refused_with_exit_2_and_nothing_is_touched(string command, string output, string code)
    {
        var before = Everything();

        // Only preview takes a port; a free one, should the refusal ever fail to stop it.
        string[] port = command == "preview" ? ["-p", "0"] : [];
        var (exitCode, stdout, stderr) = CliProcess.Run(Site, [command, "-o", output, "--no-search", .. port]);

        Assert.True(exitCode == 2, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains($"fejl {code}: ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void A_link_to_the_input_folder_is_refused_as_the_input_folder()
    {
        Directory.CreateSymbolicLink(temp.Combine("genvej"), temp.Combine("site", "input"));
        Directory.CreateSymbolicLink(temp.Combine("site", "op"), temp.Path);
        var before = Everything();

        var (viaLink, _, stderr) = CliProcess.Run(Site, "build", "-o", "../genvej", "--no-search");
        var (inside, _, stderrInside) = CliProcess.Run(Site, "build", "-o", "../genvej/ny", "--no-search");
        var (above, _, stderrAbove) = CliProcess.Run(Site, "build", "-o", "op", "--no-search");

        Assert.Equal((2, 2, 2), (viaLink, inside, above));
        Assert.Contains($"fejl {ErrorCodes.OutputContainsSources.Code}: ", stderr, StringComparison.Ordinal);
        Assert.Contains($"fejl {ErrorCodes.OutputInsideSources.Code}: ", stderrInside, StringComparison.Ordinal);
        Assert.Contains($"fejl {ErrorCodes.OutputIsWorkingFolder.Code}: ", stderrAbove, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void The_default_output_folder_is_created_marked_and_replaced_by_the_next_build()
    {
        var (first, _, firstErrors) = CliProcess.Run(Site, "build", "--no-search", "-q");
        Assert.True(first == 0, firstErrors);
        Assert.True(Drejebog.Site.Output.OutputMarker.IsMarked(temp.Combine("site", "output")));
        File.WriteAllText(temp.Combine("site", "output", "gammel.html"), "fra før");

        var (second, _, secondErrors) = CliProcess.Run(Site, "build", "--no-search", "-q");

        Assert.True(second == 0, secondErrors);
        Assert.False(File.Exists(temp.Combine("site", "output", "gammel.html")));
        Assert.True(File.Exists(temp.Combine("site", "output", "index.html")));
        Assert.Equal(["README.md", "input", "noter", "output", "theme"], Directory.GetFileSystemEntries(Site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Every file and folder under the temporary root with its bytes, dotfiles and staging leftovers included
    /// (the <see cref="SearchOption"/> overload lists hidden entries too).
    /// </summary>
    private SortedDictionary<string, string> Everything()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(temp.Path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(temp.Path, entry.FullName);
            entries[relative] = entry switch
            {
                _ when entry.LinkTarget is not null => "-> " + entry.LinkTarget,
                FileInfo file => Convert.ToBase64String(File.ReadAllBytes(file.FullName)),
                _ => "folder",
            };
        }
        return entries;
    }
}
