using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.SearchBench;

/// <summary>
/// Runs the three scenarios on the real site and prints the report: cold first queries (a fresh
/// browser context each, so the cache is empty), <c>/soeg/?q=</c> page loads, and warm queries in
/// one page. Queries are interleaved so the VM's noise spreads over all of them.
/// </summary>
internal static class SearchBenchmark
{
    public const string Cold = "cold, new context";
    public const string Load = "cold, /soeg/?q= load";
    public const string Warm = "warm, same page";

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TextWriter errors)
    {
        var loadBefore = Report.LoadAverage();
        try
        {
            using var site = SiteUnderTest.Open(options.Site, output, errors);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using (playwright)
            await using (browser)
            {
                var report = new Report(options, site.PagefindFolder, browser.Version, loadBefore);
                await MeasureAsync(browser, site.Url("/soeg/"), options, report, output);
                report.WriteTo(output);
            }
            return 0;
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            errors.WriteLine(error is TimeoutException
                ? $"No results: #search-results never got data-query for the query in time. Does theme/assets/js/search.js implement the contract in bench/README.md?\n{error.Message}"
                : error.Message);
            return 1;
        }
    }

    private static async Task MeasureAsync(IBrowser browser, string searchPage, BenchOptions options, Report report, TextWriter output)
    {
        output.WriteLine($"Cold first queries ({options.Runs} × {options.Queries.Count}) …");
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var query in options.Queries)
            {
                await ColdAsync(browser, searchPage, query, options.KeystrokeDelay, report, measureBytes: run == 0);
            }
        }

        output.WriteLine($"/soeg/?q= page loads ({options.Runs} × {options.Queries.Count}) …");
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var query in options.Queries)
            {
                await using var context = await NewContextAsync(browser);
                var page = await context.NewPageAsync();
                report.Add(Load, query, await QueryProbe.LoadAsync(page, searchPage, query));
            }
        }

        output.WriteLine($"Warm queries (1 untimed round + {options.Runs} rounds of {options.Queries.Count}) …");
        {
            await using var context = await NewContextAsync(browser);
            var page = await context.NewPageAsync();
            await page.GotoAsync(searchPage, new() { WaitUntil = WaitUntilState.NetworkIdle });
            for (var round = 0; round <= options.Runs; round++)
            {
                foreach (var query in options.Queries)
                {
                    var timing = await QueryProbe.TypeAsync(page, query, options.KeystrokeDelay);
                    if (round > 0)
                    {
                        report.Add(Warm, query, timing);
                    }
                }
            }
        }
        output.WriteLine();
    }

    private static async Task ColdAsync(IBrowser browser, string searchPage, string query, int keystrokeDelay, Report report, bool measureBytes)
    {
        await using var context = await NewContextAsync(browser);
        var log = new TransferLog(context);
        var page = await context.NewPageAsync();
        // A reader needs more than the 500 ms of network quiet this waits for before they start typing.
        await page.GotoAsync(searchPage, new() { WaitUntil = WaitUntilState.NetworkIdle });
        log.TypingStarts();
        report.Add(Cold, query, await QueryProbe.TypeAsync(page, query, keystrokeDelay));
        var rendered = log.Count;
        if (measureBytes)
        {
            report.AddTransfers(query, await log.MeasureAsync(rendered));
            // Anything fetched after the results (lazy fragments, say) is not part of "the first query"; say so.
            await page.WaitForTimeoutAsync(500);
            report.AddLate(query, log.Count - rendered);
        }
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(QueryProbe.InitScript);
        return context;
    }
}
