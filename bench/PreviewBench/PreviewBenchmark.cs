using System.Globalization;
using System.Text.RegularExpressions;
using Drejebog.Site.Bench;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.PreviewBench;

/// <summary>
/// Save → reloaded page, as an editor sees it: the real program previews a copy of the real
/// input, a milestone page is open in headless Chromium, and each run writes the milestone's file
/// with a new sentence and waits for the page to show it. Times are wall-clock milliseconds from
/// just before the write to the reloaded document's DOMContentLoaded and first contentful paint,
/// both read from the page's own performance timeline, so the polling of this program adds nothing.
/// </summary>
internal static partial class PreviewBenchmark
{
    // Runs in every document: when the reloaded page is parsed and first painted, in Unix milliseconds.
    private const string Timeline = """
        window.addEventListener('DOMContentLoaded', () => { window.benchParsedAt = performance.timeOrigin + performance.now(); });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === 'first-contentful-paint') window.benchPaintedAt = performance.timeOrigin + entry.startTime;
          }
        }).observe({ type: 'paint', buffered: true });
        """;

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TextWriter errors)
    {
        var temporary = Directory.CreateTempSubdirectory("drejebog-preview-bench-");
        try
        {
            var input = Path.Combine(temporary.FullName, "input");
            Copy(RepositoryRoot.Input, input);
            var file = Path.Combine(input, "milepaele", options.Milestone);
            if (!File.Exists(file))
            {
                errors.WriteLine($"{file} does not exist.");
                return 2;
            }
            var pageUrl = "/milepaele/" + Id(File.ReadAllText(file)) + "/";

            var launching = Chromium.LaunchAsync();
            await using var preview = await PreviewProcess.StartAsync(input, Path.Combine(temporary.FullName, "output"), options.Search);
            var (playwright, browser) = await launching;
            using var _ = playwright;
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = preview.Address.ToString() });
            await context.AddInitScriptAsync(Timeline);
            var page = await context.NewPageAsync();
            await page.GotoAsync(pageUrl);
            output.WriteLine($"Previewing {preview.Address}{pageUrl.TrimStart('/')} ({PublishedProgram.Path}); {options.Warmup} warm-up and {options.Runs} timed saves of input/milepaele/{options.Milestone}{(options.Search ? "" : ", --no-search")}.");

            var original = File.ReadAllText(file);
            var parsed = new List<double>();
            var painted = new List<double>();
            var navigated = new List<double>();
            var rebuilds = new List<double>();
            for (var run = -options.Warmup; run < options.Runs; run++)
            {
                // Each run's sentence is new, so the page can only show it after this save.
                var marker = $"Målepunkt {run + options.Warmup + 1} {Guid.NewGuid():N}.";
                var text = Edited(original, marker);
                var linesBefore = preview.LineCount;
                var saved = UnixMilliseconds();
                File.WriteAllText(file, text);
                await page.WaitForFunctionAsync("m => document.querySelector('main')?.textContent.includes(m) && window.benchParsedAt !== undefined && window.benchPaintedAt !== undefined", marker,
                    new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 5 });
                var times = await page.EvaluateAsync<double[]>("() => [window.benchParsedAt, window.benchPaintedAt, performance.timeOrigin]");
                var (domAt, paintAt, navigationAt) = (times[0], times[1], times[2]);
                var line = await preview.WaitForLineAsync(l => l.StartsWith("Bygget igen", StringComparison.Ordinal), linesBefore, TimeSpan.FromSeconds(15));
                if (run < 0)
                {
                    continue;
                }
                parsed.Add(domAt - saved);
                navigated.Add(navigationAt - saved);
                painted.Add(paintAt - saved);
                rebuilds.Add(double.Parse(RebuildTime().Match(line).Groups[1].Value, CultureInfo.InvariantCulture));
            }
            File.WriteAllText(file, original);
            await context.CloseAsync();
            await browser.CloseAsync();

            var table = new TextTable(1, "save → …", "median ms", "p90 ms", "min ms", "max ms");
            table.Row("rebuilt (preview's own line)", Percentiles.Median(rebuilds), Percentiles.Nearest(rebuilds, 90), rebuilds.Min(), rebuilds.Max());
            table.Row("reload started (navigation start)", Percentiles.Median(navigated), Percentiles.Nearest(navigated, 90), navigated.Min(), navigated.Max());
            table.Row("page parsed (DOMContentLoaded)", Percentiles.Median(parsed), Percentiles.Nearest(parsed, 90), parsed.Min(), parsed.Max());
            table.Row("page painted (first contentful paint)", Percentiles.Median(painted), Percentiles.Nearest(painted, 90), painted.Min(), painted.Max());
            table.WriteTo(output);
            if (Environment.GetEnvironmentVariable("PREVIEW_BENCH_LOG") is "1")
            {
                output.WriteLine(preview.Output);
            }
            return 0;
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or PlaywrightException or IOException)
        {
            errors.WriteLine(error.Message);
            return 1;
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    private static double UnixMilliseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>The milestone with <paramref name="marker"/> as the first sentence of its body.</summary>
    private static string Edited(string original, string marker)
    {
        var body = original.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        return string.Concat(original.AsSpan(0, body), marker, " ", original.AsSpan(body));
    }

    private static string Id(string text) => IdLine().Match(text) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The milestone has no id.");

    private static void Copy(string source, string destination)
    {
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    [GeneratedRegex(@"^id: *([a-z0-9-]+) *$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"på (\d+) ms")]
    private static partial Regex RebuildTime();
}
