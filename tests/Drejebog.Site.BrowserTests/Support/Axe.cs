using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>Runs axe-core on a page for WCAG 2.0 and 2.1, levels A and AA, and prints what it finds.</summary>
internal static class Axe
{
    /// <summary>The rule tags every engine's axe run checks.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
    };

    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, Describe(what, page.Url, result.Violations));
        // axe ran real rules: a page with none passing would mean it checked nothing.
        Assert.NotEmpty(result.Passes);
    }

    /// <summary>One block per rule: impact, rule id, what it asks, then every offending element.</summary>
    public static string Describe(string what, string url, IReadOnlyCollection<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{violations.Count} accessibility violation(s) on {what} ({url}):");
        foreach (var rule in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{rule.Impact}] {rule.Id}: {rule.Help} ({rule.HelpUrl})");
            foreach (var node in rule.Nodes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                // axe's failure summary: fix one of Any, and every one of All and None.
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {check.Message}");
                }
            }
        }
        return text.ToString();
    }
}
