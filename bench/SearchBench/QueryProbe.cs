using Microsoft.Playwright;

namespace Drejebog.Site.SearchBench;

/// <summary>
/// Times queries on <c>/soeg/</c> from inside the page, so the benchmark's own round trips to the
/// browser do not count. The contract: <c>#search-input</c> searches as you type, and
/// <c>#search-results</c> has <c>aria-busy="true"</c> while a search runs and gets
/// <c>data-query</c> (the trimmed query) and <c>data-count</c> once its results are rendered.
/// </summary>
internal static class QueryProbe
{
    /// <summary>Added to every page before its own scripts: logs input events and finished renders with their times.</summary>
    public const string InitScript = """
        (() => {
          const log = { inputs: [], renders: [] };
          Object.defineProperty(window, '__searchBench', { value: log });
          // Capturing on document runs before any listener on the input itself.
          document.addEventListener('input', (event) => {
            if (event.target?.id === 'search-input') log.inputs.push({ t: performance.now(), value: event.target.value });
          }, true);
          new MutationObserver((records) => {
            const results = document.getElementById('search-results');
            if (!results || !records.some((record) => record.target === results)) return;
            const query = results.getAttribute('data-query');
            if (query === null || results.getAttribute('aria-busy') === 'true') return;
            const render = { t: performance.now(), query, count: Number(results.getAttribute('data-count')) };
            log.renders.push(render);
            // A task after the next animation frame: the results have been laid out and painted.
            requestAnimationFrame(() => setTimeout(() => { render.frame = performance.now(); }, 0));
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-query', 'data-count', 'aria-busy'] });
        })();
        """;

    // The last input event (from index `from` on) that left the query in the field, then the first
    // finished render of that query after it. from < 0: time from navigation start instead.
    private const string Finished = """
        ({ query, from }) => {
          const log = window.__searchBench;
          if (!log) return false;
          let start = from < 0 ? 0 : undefined;
          for (let i = log.inputs.length - 1; from >= 0 && i >= from; i--) {
            if (log.inputs[i].value === query) { start = log.inputs[i].t; break; }
          }
          if (start === undefined) return false;
          const render = log.renders.find((r) => r.t >= start && r.query === query.trim());
          return render && render.frame !== undefined ? [render.t - start, render.frame - start, render.count] : false;
        }
        """;

    private const float Timeout = 30_000;

    /// <summary>Puts <paramref name="query"/> into the search field, in one input event or key by key, and waits for its results.</summary>
    public static async Task<QueryTiming> TypeAsync(IPage page, string query, int keystrokeDelay)
    {
        var from = await page.EvaluateAsync<int>("() => window.__searchBench.inputs.length");
        var input = page.Locator("#search-input");
        if (keystrokeDelay == 0)
        {
            await input.FillAsync(query);
        }
        else
        {
            await input.FillAsync("");
            await input.PressSequentiallyAsync(query, new() { Delay = keystrokeDelay });
        }
        return await WaitAsync(page, query, from);
    }

    /// <summary>Opens <c>/soeg/?q=</c> and waits for its results; times count from navigation start.</summary>
    public static async Task<QueryTiming> LoadAsync(IPage page, string searchPageUrl, string query)
    {
        await page.GotoAsync($"{searchPageUrl}?q={Uri.EscapeDataString(query)}", new() { WaitUntil = WaitUntilState.Commit });
        return await WaitAsync(page, query, from: -1);
    }

    private static async Task<QueryTiming> WaitAsync(IPage page, string query, int from)
    {
        var done = await page.WaitForFunctionAsync(Finished, new { query, from }, new() { Timeout = Timeout });
        var values = await done.JsonValueAsync<double[]>();
        return new QueryTiming(values[0], values[1], (int)values[2]);
    }
}
