using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Harness;

/// <summary>
/// The watch that fails every browser test on console errors, uncaught errors and CSP
/// violations does see them: each is provoked here on a real page under the real CSP.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class ProblemWatchTests(SiteFixture site) : IAsyncLifetime
{
    private IBrowserContext? context;
    private PageProblems? problems;
    private IPage? page;

    public async Task InitializeAsync()
    {
        (context, problems) = await site.NewContextAsync();
        page = await context.NewPageAsync();
        await page.GotoAsync("/");
    }

    [Fact]
    public async Task An_inline_script_is_blocked_by_the_csp_and_reported()
    {
        await page!.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.ranInline = true'; document.head.append(s); }"),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = m => m.Text.StartsWith("CSP violation", StringComparison.Ordinal) });

        Assert.False(await page.EvaluateAsync<bool>("() => window.ranInline === true"));
        Assert.Contains(problems!.Unexpected, p => p.Contains("CSP violation: script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_inline_style_attribute_is_blocked_by_the_csp_and_reported()
    {
        await page!.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')"),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = m => m.Text.StartsWith("CSP violation", StringComparison.Ordinal) });

        Assert.Contains(problems!.Unexpected, p => p.Contains("CSP violation: style-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_uncaught_error_is_reported()
    {
        var thrown = new TaskCompletionSource();
        page!.PageError += (_, _) => thrown.TrySetResult();

        await page.EvaluateAsync("() => { setTimeout(() => { throw new Error('on purpose'); }); }");
        await thrown.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Contains(problems!.Unexpected, p => p.Contains("uncaught error", StringComparison.Ordinal) && p.Contains("on purpose", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_is_reported()
    {
        await page!.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = '/findes-ikke.png'; i.alt = ''; document.body.append(i); }"),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = m => m.Type == "error" });

        Assert.Contains(problems!.Unexpected, p => p.Contains("404", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }
}
