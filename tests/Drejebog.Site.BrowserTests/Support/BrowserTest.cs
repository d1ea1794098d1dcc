using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Base of the browser tests: a fresh browser context (fresh localStorage) and page per test, and
/// a check at the end that no page logged a console error, threw, or broke the CSP.
/// </summary>
public abstract class BrowserTest(ServedSite site) : IAsyncLifetime
{
    private PageProblems? problems;
    private IBrowserContext? context;
    private IPage? page;

    protected ServedSite Site => site;

    protected IBrowserContext Context => context ?? throw new InvalidOperationException("No context yet.");

    protected IPage Page => page ?? throw new InvalidOperationException("No page yet.");

    internal PageProblems Problems => problems ?? throw new InvalidOperationException("No context yet.");

    /// <summary>False for a context with JavaScript turned off.</summary>
    protected virtual bool JavaScript => true;

    public virtual async Task InitializeAsync()
    {
        (context, problems) = await site.NewContextAsync(JavaScript);
        page = await context.NewPageAsync();
    }

    /// <summary>A second page (tab) in the same context: same localStorage.</summary>
    protected Task<IPage> NewTabAsync() => Context.NewPageAsync();

    /// <summary>
    /// Goes to a site path and waits until the page has loaded and, where the site's script runs,
    /// until every feature has finished starting (<c>html[data-settled]</c>), so a test never types
    /// or clicks before the listeners are there. <paramref name="settle"/> false is for tests of what
    /// a reader does while the page is still starting.
    /// </summary>
    protected async Task<IResponse> GoAsync(string path, IPage? on = null, bool settle = true)
    {
        var target = on ?? Page;
        var response = await target.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {path}.");
        if (settle && JavaScript && await target.Locator("script[type=module][src*='/site.']").CountAsync() > 0)
        {
            await target.Locator("html[data-settled]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        return response;
    }

    /// <summary>
    /// The content index is not answered until the returned source is set: the page's scripts wait
    /// for it. Then it arrives, or, with <paramref name="failWith"/>, that HTTP status does.
    /// </summary>
    protected async Task<TaskCompletionSource> HoldContentIndexAsync(int? failWith = null)
    {
        var release = new TaskCompletionSource();
        await Page.RouteAsync("**/data/drejebog.json", async route =>
        {
            await release.Task;
            await (failWith is { } status ? route.FulfillAsync(new RouteFulfillOptions { Status = status }) : route.ContinueAsync());
        });
        return release;
    }

    public virtual async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
        var unexpected = problems?.Unexpected ?? [];
        Assert.True(unexpected.Count == 0, "The pages reported problems:\n" + string.Join('\n', unexpected));
    }
}
