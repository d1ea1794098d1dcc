using System.Globalization;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// The search page (<c>/soeg/</c>) as docs/browser.md describes it for scripts: <c>#search-input</c>,
/// and <c>#search-results</c>, which is <c>aria-busy</c> while a search is due and then carries
/// <c>data-query</c> and <c>data-count</c>. Tests wait on that, never on time.
/// </summary>
internal sealed class SearchPage(IPage page)
{
    public const string Path = "/soeg/";

    public ILocator Input => page.Locator("#search-input");

    public ILocator Results => page.Locator("#search-results");

    public ILocator Status => page.Locator("#search-status");

    public ILocator Phase => page.Locator("select#search-fase");

    public ILocator Role => page.Locator("select#search-rolle");

    public ILocator Kind => page.Locator("select#search-ansvar");

    public ILocator RoleNote => page.Locator("[data-search-role-note]");

    public ILocator TitleLinks => page.Locator("#search-results .search-result-title a");

    /// <summary>Every link the arrow keys move between, in order.</summary>
    public ILocator KeyboardItems => page.Locator("#search-results [data-search-link], #search-results [data-search-more]");

    /// <summary>Waits until the search for <paramref name="query"/> (trimmed) has answered; returns the total.</summary>
    public async Task<int> SettledAsync(string query)
    {
        await Expect(Results).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(Results).ToHaveAttributeAsync("data-query", query.Trim());
        var count = await Results.GetAttributeAsync("data-count");
        return int.Parse(count ?? throw new InvalidOperationException("#search-results has no data-count."), CultureInfo.InvariantCulture);
    }

    /// <summary>Types a query into the field (as a user would, key by key) and waits for its results.</summary>
    public async Task<int> TypeAsync(string query)
    {
        await Input.ClearAsync();
        await Input.PressSequentiallyAsync(query);
        return await SettledAsync(query);
    }

    /// <summary>Puts a query into the field in one input event (as a paste does) and waits for its results.</summary>
    public async Task<int> FillAsync(string query)
    {
        await Input.FillAsync(query);
        return await SettledAsync(query);
    }

    /// <summary>The paths of the listed results (title links), without the highlight parameters.</summary>
    public async Task<IReadOnlyList<string>> ListedPathsAsync() =>
        await TitleLinks.EvaluateAllAsync<string[]>("links => links.map(a => decodeURI(new URL(a.href).pathname))");

    /// <summary>Shows every result ("Vis flere" until it is gone) and returns their paths in order.</summary>
    public async Task<IReadOnlyList<string>> AllPathsAsync(int total)
    {
        var more = page.Locator("#search-results [data-search-more]");
        while (await more.CountAsync() > 0)
        {
            var before = await TitleLinks.CountAsync();
            await more.ClickAsync();
            await Expect(TitleLinks).Not.ToHaveCountAsync(before);
        }
        await Expect(TitleLinks).ToHaveCountAsync(total);
        return await ListedPathsAsync();
    }
}
