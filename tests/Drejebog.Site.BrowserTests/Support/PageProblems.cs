using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Everything that went wrong in the pages of one browser context: console errors (which include
/// failed loads), uncaught exceptions, Content-Security-Policy violations and crashes. A browser
/// test fails when any are left at its end (see <see cref="BrowserTest"/>).
/// </summary>
internal sealed class PageProblems
{
    /// <summary>
    /// Runs before any page script: Chromium reports CSP violations as events, and this turns each
    /// into a console error, so a blocked inline script or style can never pass unnoticed.
    /// </summary>
    public const string ReportCspViolations = """
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
        });
        """;

    private readonly ConcurrentQueue<string> problems = new();
    private readonly List<Func<string, bool>> expected = [];

    public void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                var where = message.Location;
                Add($"console error on {page.Url}: {message.Text}{(string.IsNullOrEmpty(where) ? "" : $" ({where})")}");
            }
        };
        page.PageError += (_, error) => Add($"uncaught error on {page.Url}: {error}");
        page.Crash += (_, _) => Add($"page crashed: {page.Url}");
    }

    /// <summary>A problem this test causes on purpose (such as the 404 page's own status), matched by its text.</summary>
    public void Expect(Func<string, bool> match) => expected.Add(match);

    public IReadOnlyList<string> Unexpected => problems.Where(p => !expected.Any(match => match(p))).ToList();

    private void Add(string problem) => problems.Enqueue(problem);
}
