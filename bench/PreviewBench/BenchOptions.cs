using System.Globalization;

namespace Drejebog.Site.PreviewBench;

/// <summary>Command-line options of the preview benchmark.</summary>
internal sealed record BenchOptions(int Runs, int Warmup, string Milestone, bool Search, bool Help = false)
{
    public const string DefaultMilestone = "1-01-ejerskab-og-ressourcer.md";

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/PreviewBench -- [options]
          --runs N          timed edits (default 20)
          --warmup N        edits before the timed ones, not counted (default 3)
          --milestone FILE  the file under input/milepaele/ to edit (default 1-01-ejerskab-og-ressourcer.md)
          --no-search       run the preview without its background Pagefind index
        """;

    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var runs = 20;
        var warmup = 3;
        var milestone = DefaultMilestone;
        var search = true;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return (new BenchOptions(runs, warmup, milestone, search, Help: true), null);
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                case "--warmup" when int.TryParse(value, CultureInfo.InvariantCulture, out var w) && w >= 0:
                    warmup = w;
                    i++;
                    break;
                case "--milestone" when value is not null:
                    milestone = value;
                    i++;
                    break;
                case "--no-search":
                    search = false;
                    break;
                default:
                    return (null, $"Unknown or incomplete argument: {args[i]}");
            }
        }
        return (new BenchOptions(runs, warmup, milestone, search), null);
    }
}
