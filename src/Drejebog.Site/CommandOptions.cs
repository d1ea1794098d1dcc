namespace Drejebog.Site.Cli;

/// <summary>
/// Every option and the commands that use it: the one table that parsing and <c>--help</c> read.
/// A command takes only the options that change what it does, so a mistyped or misplaced option
/// (<c>check -o x</c>, <c>build -p 80</c>) stops with exit 2 instead of being silently ignored.
/// </summary>
internal static class CommandOptions
{
    private static readonly Command[] All = [Command.Build, Command.Check, Command.Preview];

    public static readonly CommandOption Input = new("--input", "-i", "<mappe>", All, ["Indholdet (standard: ./input)"]);

    public static readonly CommandOption Theme = new("--theme", "-t", "<mappe>", All, ["Temaet med skabeloner og aktiver (standard: ./theme)"]);

    public static readonly CommandOption Output = new("--output", "-o", "<mappe>", [Command.Build, Command.Preview],
        ["Hvor sitet skrives (standard: ./output)", "Mappen erstattes helt, så den skal være ny, tom eller lavet af drejebog"]);

    // check reads the site as it is built for that address, so a deploy preview can be checked as it is built.
    public static readonly CommandOption BaseUrl = new("--base-url", null, "<adresse>", [Command.Build, Command.Check],
        ["Byg til en anden adresse end base_url i site.yml (fx en deploy", "preview); sitets id, som gemt fremskridt hører til, er det samme"]);

    public static readonly CommandOption NoSearch = new("--no-search", null, null, [Command.Build, Command.Preview], ["Spring Pagefind-søgeindekset over"]);

    // Only build prints: check writes nothing, and preview would wait seconds for Chromium on every save.
    public static readonly CommandOption NoPdf = new("--no-pdf", null, null, [Command.Build], ["Spring PDF-udgaven af hele drejebogen over (den kræver Chromium)"]);

    public static readonly CommandOption Port = new("--port", "-p", "<nummer>", [Command.Preview], ["Porten (standard: 5080; 0 vælger en ledig)"]);

    // check prints progress lines too, which -q leaves out.
    public static readonly CommandOption Quiet = new("--quiet", "-q", null, [Command.Build, Command.Check], ["Vis kun fejl og opsummering"]);

    public static readonly CommandOption Format = new("--format", null, "<format>", [Command.Build, Command.Check],
        ["text (standard) eller github: fejl som GitHub Actions-annoteringer"]);

    public static readonly CommandOption Stats = new("--stats", null, null, [Command.Build], ["Vis JIT-tid, GC-pauser og allokeringer (til benchmarks)"]);

    /// <summary>In the order <c>--help</c> lists them.</summary>
    public static readonly IReadOnlyList<CommandOption> Everything = [Input, Theme, Output, BaseUrl, NoSearch, NoPdf, Port, Quiet, Format, Stats];

    public static CommandOption? Find(string argument) => Everything.FirstOrDefault(option => option.Matches(argument));

    public static IEnumerable<CommandOption> For(Command command) => Everything.Where(option => option.Commands.Contains(command));

    /// <summary>The name a command is typed with.</summary>
    public static string Name(Command command) => command.ToString().ToLowerInvariant();

    public static Command? Named(string name) => All.Cast<Command?>().FirstOrDefault(command => Name(command!.Value) == name);
}
