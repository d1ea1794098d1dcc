using System.Globalization;

namespace Drejebog.Site.SearchBench;

/// <summary>Command-line options of the search benchmark.</summary>
internal sealed record BenchOptions(IReadOnlyList<string> Queries, int Runs, int KeystrokeDelay, string? Site, bool List = false, bool Help = false)
{
    public static readonly IReadOnlyList<string> DefaultQueries = ["kontrakten", "gevinsterne", "programlederens", "business case"];

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SearchBench -- [options]
          --runs N            timed runs per query and scenario (default 15)
          --queries a,b,...   comma-separated queries, at least two (default: kontrakten,gevinsterne,programlederens,business case)
          --keystrokes MS     type the query key by key, MS apart, instead of filling it in one input event
          --site DIR          measure an already built site instead of building input/
          --list              also list every file each first query fetched
        """;

    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var queries = DefaultQueries;
        var runs = 15;
        var keystrokes = 0;
        string? site = null;
        var list = false;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return (new BenchOptions(queries, runs, keystrokes, site, list, Help: true), null);
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                case "--keystrokes" when int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms >= 0:
                    keystrokes = ms;
                    i++;
                    break;
                case "--queries" when value is not null:
                    queries = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    i++;
                    break;
                case "--list":
                    list = true;
                    break;
                case "--site" when value is not null:
                    site = Path.GetFullPath(value);
                    i++;
                    break;
                default:
                    return (null, $"Unknown or incomplete argument: {args[i]}");
            }
        }
        // Warm queries rotate through the list, so each one changes the results the page shows.
        if (queries.Count < 2 || queries.Distinct().Count() != queries.Count)
        {
            return (null, "--queries needs at least two different queries.");
        }
        return (new BenchOptions(queries, runs, keystrokes, site, list), null);
    }
}
