using System.Globalization;
using System.Text.Json;
using Drejebog.Site.Bench;

namespace Drejebog.Site.SearchBench;

/// <summary>Collects the measurements and prints them as the tables in bench/README.md.</summary>
internal sealed class Report(BenchOptions options, string pagefindFolder, string chromiumVersion, string loadBefore)
{
    private readonly Dictionary<(string Scenario, string Query), List<QueryTiming>> timings = [];
    private readonly Dictionary<string, IReadOnlyList<Transfer>> transfers = [];
    private readonly Dictionary<string, int> late = [];

    public void Add(string scenario, string query, QueryTiming timing)
    {
        if (!timings.TryGetValue((scenario, query), out var list))
        {
            timings[(scenario, query)] = list = [];
        }
        list.Add(timing);
    }

    public void AddTransfers(string query, IReadOnlyList<Transfer> fetched) => transfers[query] = fetched;

    public void AddLate(string query, int requests) => late[query] = requests;

    public void WriteTo(TextWriter output)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(pagefindFolder, "pagefind-entry.json")));
        var version = entry.RootElement.GetProperty("version").GetString();
        var pages = entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        output.WriteLine($"Search on the real site: {pages} pages indexed, Pagefind {version}, Chromium {chromiumVersion}, {Environment.ProcessorCount} cores, {DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        output.WriteLine($"Load average (1 min) at the start: {loadBefore}; well above 1 means something else was running (the runs themselves raise it to 3–5).");
        output.WriteLine();
        output.WriteLine("Pagefind index on disk (pagefind/):");
        IndexSize.Print(pagefindFolder, output);
        output.WriteLine();
        WriteFirstQuery(output, options.Queries[0]);
        output.WriteLine();
        WriteFirstQueryTotals(output);
        output.WriteLine();
        WriteTimings(output);
        if (options.List)
        {
            output.WriteLine();
            WriteFiles(output);
        }
    }

    private void WriteFiles(TextWriter output)
    {
        output.WriteLine("Every file of each first query; start and end (as Playwright reported them) relative to the first one's start, on loopback:");
        var table = new TextTable(2, "query", "file", "served", "gzip/CDN", "at load", "start ms", "end ms");
        foreach (var query in options.Queries)
        {
            var first = transfers[query].Min(t => t.Start);
            foreach (var transfer in transfers[query].OrderBy(t => t.Start))
            {
                table.Row(query, transfer.UrlPath, transfer.Served, transfer.Cdn, transfer.AtLoad ? "yes" : "", transfer.Start - first, transfer.End - first);
            }
        }
        table.WriteTo(output);
    }

    /// <summary>The machine's 1-minute load average (Linux), to show whether the runs had the machine to themselves.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private void WriteFirstQuery(TextWriter output, string query)
    {
        output.WriteLine($"Bytes for the first query »{query}« on a cold page (Pagefind files from page load on, anything else from typing on, up to the results):");
        var table = new TextTable(1, "type", "files", "served", "gzip/CDN", "at load");
        foreach (var group in transfers[query].GroupBy(t => t.Kind.Name).OrderBy(g => g.First().Kind.Rank).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            table.Row(group.Key, group.Count(), group.Sum(t => t.Served), group.Sum(t => t.Cdn), group.Count(t => t.AtLoad));
        }
        table.Row("total", transfers[query].Count, transfers[query].Sum(t => t.Served), transfers[query].Sum(t => t.Cdn), transfers[query].Count(t => t.AtLoad));
        table.WriteTo(output);
        output.WriteLine("  served = body bytes as our server sent them (uncompressed, HTTP headers not counted); gzip/CDN = gzip -6 of");
        output.WriteLine("  what is not gzip already (.pagefind and .pf_* files are, and go out as they are); at load = fetched before typing.");
    }

    private void WriteFirstQueryTotals(TextWriter output)
    {
        output.WriteLine("First query per query, bytes (served / gzip-CDN):");
        var table = new TextTable(1, "query", "requests", "bundle", "bundle CDN", "meta+index+filter", "fragments", "total", "total CDN", "after results");
        foreach (var query in options.Queries)
        {
            var fetched = transfers[query];
            var bundle = fetched.Where(t => t.Kind.Part == FilePart.Bundle).ToList();
            var fragments = fetched.Where(t => t.Kind.Name == "fragments").ToList();
            var index = fetched.Where(t => t.Kind.Part == FilePart.Index && t.Kind.Name != "fragments").ToList();
            table.Row(query, fetched.Count, bundle.Sum(t => t.Served), bundle.Sum(t => t.Cdn), index.Sum(t => t.Served),
                string.Create(CultureInfo.InvariantCulture, $"{fragments.Sum(t => t.Served):#,0} ({fragments.Count})").Replace(',', ' '),
                fetched.Sum(t => t.Served), fetched.Sum(t => t.Cdn), late[query]);
        }
        table.WriteTo(output);
        output.WriteLine("  after results = requests started within 500 ms after the results were rendered (not counted above).");
    }

    private void WriteTimings(TextWriter output)
    {
        var start = options.KeystrokeDelay > 0 ? $"the last keystroke (typed {options.KeystrokeDelay} ms apart)" : "the input event (query filled in at once)";
        output.WriteLine($"Time from {start} to results in the DOM, ms; ?q= loads from navigation start. frame = to the frame after that:");
        var table = new TextTable(2, "scenario", "query", "results", "runs", "median", "p90", "min", "max", "frame median");
        foreach (var scenario in new[] { SearchBenchmark.Cold, SearchBenchmark.Warm, SearchBenchmark.Load })
        {
            foreach (var query in options.Queries)
            {
                var runs = timings[(scenario, query)];
                var dom = runs.Select(r => r.DomMs).ToList();
                var counts = runs.Select(r => r.Count).Distinct().Order().ToList();
                table.Row(scenario, query, string.Join("/", counts), runs.Count, Percentiles.Median(dom), Percentiles.Nearest(dom, 90),
                    dom.Min(), dom.Max(), Percentiles.Median(runs.Select(r => r.FrameMs).ToList()));
            }
        }
        table.WriteTo(output);
    }
}
