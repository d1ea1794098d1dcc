using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// <c>drejebog preview</c> in the browser, on a copy of the real input: a saved edit appears in
/// the open page without a reload by hand (and only the pages it changed reload), a content error
/// turns the page into the error page naming the file and line, and its fix brings the page back,
/// all under the site's real Content-Security-Policy.
/// </summary>
[Collection(PreviewDefinition.Name)]
public sealed class PreviewTests(PreviewFixture preview) : IAsyncLifetime
{
    private const string Milestone = "milepaele/1-01-ejerskab-og-ressourcer.md";
    private IBrowserContext? context;
    private PageProblems? problems;

    public async Task InitializeAsync() => (context, problems) = await preview.NewContextAsync();

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
        var unexpected = problems?.Unexpected ?? [];
        Assert.True(unexpected.Count == 0, "The pages reported problems:\n" + string.Join('\n', unexpected));
    }

    [Fact]
    public async Task An_edit_shows_without_a_reload_an_error_shows_the_error_page_and_the_fix_the_page_again()
    {
        // The error page is served with status 500, which Chromium logs as a failed load.
        problems!.Expect(problem => problem.Contains("status of 500", StringComparison.Ordinal));
        var page = await context!.NewPageAsync();
        await page.GotoAsync(RealContent.FirstPage);
        var other = await context.NewPageAsync();
        await other.GotoAsync(RealContent.SecondPage);
        await other.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("Den første større opgave");

        preview.Edit(Milestone, "Den første større opgave", "Den allerførste større opgave");

        await Expect(main).ToContainTextAsync("Den allerførste større opgave");
        // 1.2's page did not change, so it was not reloaded.
        Assert.True(await other.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));

        preview.Edit(Milestone, "phase: planlaegning", "phase: planlaegningx");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Sitet kan ikke bygges");
        await Expect(page.Locator(".preview-where")).ToContainTextAsync($"{Milestone}:4:8");
        await Expect(page.Locator(".preview-message")).ToContainTextAsync("Ukendt fase `planlaegningx`");
        await Expect(other.Locator("h1")).ToHaveTextAsync("Sitet kan ikke bygges");

        preview.Edit(Milestone, "phase: planlaegningx", "phase: planlaegning");

        await Expect(page.Locator("h1")).ToContainTextAsync("Ejerskab for opgave besluttet");
        await Expect(main).ToContainTextAsync("Den allerførste større opgave");
        await Expect(other.Locator("h1")).ToContainTextAsync("Samarbejde med fagområder etableret");
    }

    [Fact]
    public async Task A_yaml_slip_shows_the_line_with_a_marker_on_an_accessible_error_page()
    {
        problems!.Expect(problem => problem.Contains("status of 500", StringComparison.Ordinal));
        var page = await context!.NewPageAsync();
        await page.GotoAsync(RealContent.FirstPage);

        preview.Edit(Milestone, "order: 1", "order 1");

        var source = page.Locator(".preview-source");
        await Expect(page.Locator(".preview-where")).ToContainTextAsync($"{Milestone}:5:6");
        await Expect(source).ToHaveTextAsync("  5 | order 1\n    |      ^");
        await Axe.AssertNoViolationsAsync(page, "the preview's error page with a source excerpt");

        preview.Edit(Milestone, "order 1", "order: 1");

        await Expect(page.Locator("h1")).ToContainTextAsync("Ejerskab for opgave besluttet");
    }

    [Fact]
    public async Task Pages_in_the_preview_keep_the_sites_content_security_policy()
    {
        var page = await context!.NewPageAsync();

        var response = await page.GotoAsync(RealContent.FirstPhasePage);

        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.Equal(NetlifyHeaders.For(RealContent.FirstPhasePage)[NetlifyHeaders.ContentSecurityPolicy], headers["content-security-policy"]);
        // The reload script is a same-origin module, and its socket is a same-origin connection.
        await Expect(page.Locator("script[src^='/_preview/reload.js']")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/_preview/reload.js'))");
    }
}

/// <summary>A copy of the real input, previewed by the real program, and a headless Chromium.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class PreviewFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new("preview");
    private IPlaywright? playwright;
    private IBrowser? browser;
    private PreviewProcess? preview;

    public string InputPath => folder.Combine("input");

    public async Task InitializeAsync()
    {
        folder.CopyFrom(RepositoryRoot.Input, "input");
        var launching = Chromium.LaunchAsync();
        try
        {
            preview = await PreviewProcess.StartAsync(InputPath, folder.Combine("output"), search: false);
        }
        finally
        {
            (playwright, browser) = await launching;
        }
        Assertions.SetDefaultExpectTimeout(10_000);
    }

    internal async Task<(IBrowserContext Context, PageProblems Problems)> NewContextAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = preview!.Address.ToString(), Locale = "da-DK" });
        context.SetDefaultTimeout(15_000);
        var problems = new PageProblems();
        await context.AddInitScriptAsync(PageProblems.ReportCspViolations);
        context.Page += (_, page) => problems.Watch(page);
        return (context, problems);
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in an input file, as an editor's save would.</summary>
    public void Edit(string relativePath, string old, string replacement) =>
        InputEdit.ReplaceOnce(InputPath, relativePath, old, replacement);

    public async Task DisposeAsync()
    {
        if (preview is not null)
        {
            await preview.DisposeAsync();
        }
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        folder.Dispose();
    }
}

/// <summary>The preview tests edit their own copy of the input, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PreviewDefinition : ICollectionFixture<PreviewFixture>
{
    public const string Name = "Preview";
}
