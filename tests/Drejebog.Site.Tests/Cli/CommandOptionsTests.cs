using Drejebog.Site.Cli;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// Each command takes only the options it uses: anything else on its command line is a usage error
/// (exit 2) with one Danish line on stderr that names the option and points to <c>--help</c>, and
/// nothing is read, built or written.
/// </summary>
public sealed class CommandOptionsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public CommandOptionsTests() => TestSite.Minimal().WriteTo(temp.Path);

    public void Dispose() => temp.Dispose();

    public static TheoryData<string[], string> Refused => new()
    {
        { ["check", "-o", "ud"], UsageErrors.UnusedOption("-o", CommandOptions.Output, Command.Check) },
        { ["check", "--output", "ud"], UsageErrors.UnusedOption("--output", CommandOptions.Output, Command.Check) },
        { ["check", "-p", "9"], UsageErrors.UnusedOption("-p", CommandOptions.Port, Command.Check) },
        { ["check", "--no-search"], UsageErrors.UnusedOption("--no-search", CommandOptions.NoSearch, Command.Check) },
        { ["check", "--stats"], UsageErrors.UnusedOption("--stats", CommandOptions.Stats, Command.Check) },
        { ["build", "-p", "80"], UsageErrors.UnusedOption("-p", CommandOptions.Port, Command.Build) },
        { ["build", "-o", "ud", "--port", "80"], UsageErrors.UnusedOption("--port", CommandOptions.Port, Command.Build) },
        { ["preview", "--format", "github"], UsageErrors.UnusedOption("--format", CommandOptions.Format, Command.Preview) },
        { ["preview", "--base-url", "https://drejebog.example"], UsageErrors.UnusedOption("--base-url", CommandOptions.BaseUrl, Command.Preview) },
        { ["preview", "-q"], UsageErrors.UnusedOption("-q", CommandOptions.Quiet, Command.Preview) },
        { ["preview", "--stats"], UsageErrors.UnusedOption("--stats", CommandOptions.Stats, Command.Preview) },
        { ["build", "--bogus"], UsageErrors.UnknownOption("--bogus", Command.Build) },
        { ["build", "input"], UsageErrors.UnknownOption("input", Command.Build) },
        { ["preview", "--input=input"], UsageErrors.UnknownOption("--input=input", Command.Preview) },
        { ["check", "-I", "input"], UsageErrors.UnknownOption("-I", Command.Check) },
        { ["build", "-i", "input", "-i", "input"], UsageErrors.RepeatedOption(CommandOptions.Input, Command.Build) },
        { ["build", "-q", "--quiet"], UsageErrors.RepeatedOption(CommandOptions.Quiet, Command.Build) },
        { ["preview", "-p", "0", "-p", "0"], UsageErrors.RepeatedOption(CommandOptions.Port, Command.Preview) },
        { ["build", "-o", "ud", "--output", "ud2"], UsageErrors.RepeatedOption(CommandOptions.Output, Command.Build) },
        { ["check", "--format"], UsageErrors.MissingValue("--format", CommandOptions.Format) },
        { ["build", "-q", "-o"], UsageErrors.MissingValue("-o", CommandOptions.Output) },
        { ["preview", "-p"], UsageErrors.MissingValue("-p", CommandOptions.Port) },
        { ["preview", "-p", "70000"], UsageErrors.InvalidPort("70000") },
        { ["preview", "-p", "-1"], UsageErrors.InvalidPort("-1") },
        { ["preview", "-p", "otte"], UsageErrors.InvalidPort("otte") },
        { ["build", "--format", "json"], UsageErrors.InvalidFormat("json") },
        { ["check", "--base-url", ""], UsageErrors.InvalidBaseUrl("") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_option_the_command_does_not_take_exits_2_with_one_line_and_writes_nothing(string[] args, string message)
    {
        var before = Everything();

        var (exitCode, stdout, stderr) = CliRunner.RunIn(temp.Path, args);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{message}. {UsageErrors.HelpPointer}\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(stdout);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void An_unknown_command_exits_2_with_one_line_and_writes_nothing()
    {
        var before = Everything();

        var (exitCode, stdout, stderr) = CliRunner.RunIn(temp.Path, "byg", "-o", "ud");

        Assert.Equal(2, exitCode);
        Assert.Equal($"{UsageErrors.UnknownCommand("byg")}. {UsageErrors.HelpPointer}\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(stdout);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void The_message_for_an_unused_option_names_the_command_and_the_commands_that_take_it()
    {
        var message = UsageErrors.UnusedOption("-o", CommandOptions.Output, Command.Check);

        Assert.Equal("check bruger ikke tilvalget -o; det hører til build og preview", message);
    }

    [Theory]
    [InlineData("build", "-i -t -o --base-url --no-search --no-pdf -q --format --stats")]
    [InlineData("check", "-i -t --base-url -q --format")]
    [InlineData("preview", "-i -t -o --no-search -p")]
    public void Each_command_takes_the_options_it_uses_and_help_lists_them(string name, string options)
    {
        var command = CommandOptions.Named(name)!.Value;
        Assert.Equal(options, string.Join(' ', CommandOptions.For(command).Select(option => option.Short ?? option.Long)));
        Assert.Contains($"Tilvalg til {CommandOptions.Name(command)}:", HelpText.Text, StringComparison.Ordinal);
        Assert.Contains(HelpText.Text.ReplaceLineEndings("\n").Split('\n'),
            line => line.StartsWith($"  Tilvalg til {CommandOptions.Name(command)}:", StringComparison.Ordinal) && line.EndsWith(" " + options, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_option_a_command_takes_is_parsed_into_its_options()
    {
        var (build, _) = BuildOptions.Parse(Command.Build,
            ["-i", "a", "-t", "b", "-o", "c", "--base-url", "https://drejebog.example", "--no-search", "-q", "--format", "github", "--stats", "--no-pdf"], temp.Path);
        var (check, _) = BuildOptions.Parse(Command.Check, ["--input", "a", "--theme", "b", "--base-url", "https://drejebog.example", "--quiet", "--format", "text"], temp.Path);
        var (preview, _) = BuildOptions.Parse(Command.Preview, ["-i", "a", "-t", "b", "--output", "c", "--no-search", "--port", "0"], temp.Path);

        Assert.Equal(new BuildOptions(temp.Path, temp.Combine("a"), temp.Combine("b"), temp.Combine("c"), Search: false, Quiet: true, Stats: true,
            Format: DiagnosticFormat.GitHub, BaseUrl: "https://drejebog.example"), build);
        Assert.Equal(new BuildOptions(temp.Path, temp.Combine("a"), temp.Combine("b"), temp.Combine("output"), Search: true, Quiet: true,
            BaseUrl: "https://drejebog.example"), check);
        Assert.Equal(new BuildOptions(temp.Path, temp.Combine("a"), temp.Combine("b"), temp.Combine("c"), Search: false, Quiet: false, Port: 0), preview);
    }

    [Fact]
    public void Build_makes_the_pdf_unless_told_no_pdf_and_no_other_command_takes_it()
    {
        Assert.True(BuildOptions.Parse(Command.Build, [], temp.Path).Options!.Pdf);
        Assert.False(BuildOptions.Parse(Command.Build, ["--no-pdf"], temp.Path).Options!.Pdf);
        Assert.False(BuildOptions.Parse(Command.Check, [], temp.Path).Options!.Pdf);
        Assert.False(BuildOptions.Parse(Command.Preview, [], temp.Path).Options!.Pdf);
        Assert.Equal(UsageErrors.UnusedOption("--no-pdf", CommandOptions.NoPdf, Command.Preview), BuildOptions.Parse(Command.Preview, ["--no-pdf"], temp.Path).Error);
        Assert.Equal(UsageErrors.UnusedOption("--no-pdf", CommandOptions.NoPdf, Command.Check), BuildOptions.Parse(Command.Check, ["--no-pdf"], temp.Path).Error);
        Assert.Equal(UsageErrors.RepeatedOption(CommandOptions.NoPdf, Command.Build), BuildOptions.Parse(Command.Build, ["--no-pdf", "--no-pdf"], temp.Path).Error);
    }

    [Fact]
    public void Relative_folders_are_read_and_written_in_the_working_folder_given_to_the_command_line()
    {
        var (exitCode, stdout, stderr) = CliRunner.RunIn(temp.Path, "build", "--no-search", "--no-pdf", "-q");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(temp.Combine("output"), stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
    }

    /// <summary>Every file and folder in the site folder with its bytes.</summary>
    private SortedDictionary<string, string> Everything()
    {
        var entries = TempFolder.Snapshot(temp.Path);
        foreach (var folder in Directory.EnumerateDirectories(temp.Path, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(temp.Path, folder) + "/"] = "folder";
        }
        return entries;
    }
}
