using System.Collections.Concurrent;
using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Pages;

/// <summary>
/// Every kind of page works in Chromium under netlify.toml's headers, sent as real response
/// headers: no Content-Security-Policy violation is reported (by event or in the console), the
/// browser has nothing to say about the CSP or Permissions-Policy headers themselves, and the
/// stylesheets, fonts and module scripts the page needs did load.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class CspTests(SiteFixture site) : BrowserTest(site)
{
    // Runs before any page script and keeps every violation where the test can read it.
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
        });
        """;

    private readonly ConcurrentQueue<string> console = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Context.AddInitScriptAsync(RecordViolations);
        Page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/faser/planlaegning/", 200)]
    [InlineData(RealContent.FirstPage, 200)]
    [InlineData("/roller/programleder/", 200)]
    [InlineData("/milepaele/", 200)]
    [InlineData("/organisering/", 200)]
    [InlineData("/om-drejebogen/", 200)]
    [InlineData("/fremskridt/", 200)]
    [InlineData("/plan/", 200)]
    [InlineData("/statusrapport/", 200)]
    [InlineData("/del/", 200)]
    [InlineData("/hele-drejebogen/", 200)]
    [InlineData("/ordliste/", 200)]
    [InlineData("/ordliste/business-case/", 200)]
    [InlineData("/findes/ikke/dybt/nede", 404)]
    public async Task The_page_works_under_the_csp_with_nothing_blocked(string path, int status)
    {
        if (status == 404)
        {
            // Chromium logs the page's own 404 status as a console error; that one is the point here.
            Problems.Expect(p => p.Contains("status of 404", StringComparison.Ordinal) && p.Contains(path, StringComparison.Ordinal));
        }

        var response = await GoAsync(path);

        Assert.Equal(status, response.Status);
        Assert.Equal(NetlifyHeaders.For(path)[NetlifyHeaders.ContentSecurityPolicy], await response.HeaderValueAsync(NetlifyHeaders.ContentSecurityPolicy));
        await AssertWorksAsync(path);
    }

    [Fact]
    public async Task The_search_page_finds_with_pagefinds_webassembly_under_the_csp()
    {
        await GoAsync("/soeg/?q=kontrakt");
        var count = await new SearchPage(Page).SettledAsync("kontrakt");

        Assert.True(count > 0, "no results for kontrakt");
        await AssertWorksAsync("/soeg/?q=kontrakt");
    }

    [Fact]
    public async Task A_page_opened_from_a_search_result_marks_the_words_under_the_csp()
    {
        await GoAsync(RealContent.FirstPage + "?fremhaev=program");
        await Expect(Page.Locator("main mark.pagefind-highlight").First).ToBeVisibleAsync();

        await AssertWorksAsync(RealContent.FirstPage);
    }

    /// <summary>dkfds and site.css everywhere; the status report and the whole playbook also have their own (A4 print) sheet.</summary>
    private static int PageStylesheets(string path) => path.StartsWith("/statusrapport/", StringComparison.Ordinal) || path.StartsWith("/hele-drejebogen/", StringComparison.Ordinal) ? 3 : 2;

    private async Task AssertWorksAsync(string what)
    {
        // Module scripts ran (site.js marks the document), every stylesheet loaded and has rules,
        // and the text font (an @font-face of a stylesheet, so a url() the CSP must allow) is in use.
        await Expect(Page.Locator("html.js")).ToHaveCountAsync(1);
        var sheets = await Page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.sheet ? l.sheet.cssRules.length : -1)");
        Assert.Equal(PageStylesheets(what), sheets.Length);
        Assert.All(sheets, rules => Assert.True(rules > 0, $"{what}: a stylesheet did not load"));
        var fonts = await Page.EvaluateAsync<string[]>("""
            async () => { await document.fonts.ready; return [...document.fonts].filter(f => f.status === 'loaded' || f.status === 'error').map(f => `${f.family.replaceAll('"', '')} ${f.weight} ${f.status}`); }
            """);
        Assert.Contains("IBM Plex Sans 400 loaded", fonts);
        Assert.DoesNotContain(fonts, f => f.EndsWith(" error", StringComparison.Ordinal));

        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, $"{what}: CSP violations:\n{string.Join('\n', violations)}");
        var aboutHeaders = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
            || m.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
            || m.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase)
            || m.Contains("CSP violation", StringComparison.Ordinal)).ToList();
        Assert.True(aboutHeaders.Count == 0, $"{what}: the console mentions the security headers:\n{string.Join('\n', aboutHeaders)}");
    }
}
