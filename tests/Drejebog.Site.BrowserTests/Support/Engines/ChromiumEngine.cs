using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>Chromium through Playwright (CDP), launched as the other browser tests launch it (<see cref="Chromium"/>).</summary>
internal sealed class ChromiumEngine(IPlaywright playwright, IBrowser browser) : IEngine
{
    public string Name => "Chromium";

    public static async Task<IEngine> LaunchAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        return new ChromiumEngine(playwright, browser);
    }

    public async Task<IBrowserProfile> NewProfileAsync() =>
        new Profile(await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "da-DK" }));

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    private sealed class Profile(IBrowserContext context) : IBrowserProfile
    {
        public async Task<IEngineTab> NewTabAsync() => new PageTab(await context.NewPageAsync());

        public async ValueTask DisposeAsync() => await context.CloseAsync();
    }

    private sealed class PageTab(IPage page) : IEngineTab
    {
        public Task GoAsync(Uri url) => page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        public Task ReloadAsync() => page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });

        public Task SetViewportAsync(int width, int height) => page.SetViewportSizeAsync(width, height);

        public Task<string> CallAsync(string function, string argument) => page.EvaluateAsync<string>(function, argument);

        public Task ClickAsync(string selector) => page.Locator(selector).First.ClickAsync();

        public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

        public Task PressAsync(string key) => page.Keyboard.PressAsync(key);
    }
}
