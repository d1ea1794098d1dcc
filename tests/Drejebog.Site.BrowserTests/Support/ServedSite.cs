using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// A site built into a temp folder, served on loopback, and a headless Chromium to look at it:
/// the shared part of the collection fixtures. Each test gets a fresh <see cref="IBrowserContext"/>
/// (so a fresh localStorage) from <see cref="NewContextAsync"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class ServedSite : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticSiteServer? server;

    internal TempFolder Folder { get; } = new("site");

    /// <summary>The served folder; a rebuild writes into it again.</summary>
    public string OutputPath => Folder.Combine("output");

    public Uri BaseAddress => Server.BaseAddress;

    internal StaticSiteServer Server => server ?? throw new InvalidOperationException("The site is not served yet.");

    /// <summary>Builds the site into <see cref="OutputPath"/>.</summary>
    protected abstract void Build();

    public async Task InitializeAsync()
    {
        try
        {
            // Playwright and Chromium start while the generator builds; both take a second or two.
            var building = Task.Run(Build);
            var launching = Chromium.LaunchAsync();
            try
            {
                await building;
            }
            finally
            {
                (playwright, browser) = await launching;
            }
            server = new StaticSiteServer(OutputPath, NetlifyHeaders.For);
            Assertions.SetDefaultExpectTimeout(10_000);
        }
        catch
        {
            // xunit does not dispose a fixture that failed to start; every test then fails with this error.
            await DisposeAsync();
            throw;
        }
    }

    internal async Task<(IBrowserContext Context, PageProblems Problems)> NewContextAsync(bool javaScript = true)
    {
        var context = await (browser ?? throw new InvalidOperationException("No browser.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
            Locale = "da-DK",
        });
        context.SetDefaultTimeout(15_000);
        var problems = new PageProblems();
        await context.AddInitScriptAsync(PageProblems.ReportCspViolations);
        context.Page += (_, page) => problems.Watch(page);
        return (context, problems);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        Folder.Dispose();
    }
}
