using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// What netlify.toml's Content-Security-Policy (everything from 'self' only) blocks besides inline
/// code (<see cref="PageChecks.CspBlockedMarkup(Build.BuildResult)"/>): resources from other origins
/// and <c>data:</c>/<c>blob:</c> URLs. Written with AngleSharp and regular expressions, independently
/// of the generator.
/// </summary>
internal static partial class CspChecks
{
    // Element → attributes whose URL the browser loads (or submits to) under a fetch directive or form-action.
    private static readonly (string Selector, string Attribute)[] Loaded =
    [
        ("script[src]", "src"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("img[srcset]", "srcset"),
        ("source[src]", "src"),
        ("source[srcset]", "srcset"),
        ("iframe[src]", "src"),
        ("frame[src]", "src"),
        ("embed[src]", "src"),
        ("object[data]", "data"),
        ("audio[src]", "src"),
        ("video[src]", "src"),
        ("video[poster]", "poster"),
        ("track[src]", "src"),
        ("use[href]", "href"),
        ("image[href]", "href"),
        ("form[action]", "action"),
        ("input[formaction]", "formaction"),
        ("button[formaction]", "formaction"),
    ];

    // Links the browser only follows on a click are not loaded: <a href>, and <link rel=canonical>.
    private static readonly string[] NotLoadedLinkRels = ["canonical", "alternate", "author", "license", "help", "next", "prev", "search"];

    /// <summary>Every URL in a page that the browser would load from another origin or as data:/blob:, one line each, and how many loaded URLs were looked at.</summary>
    public static (List<string> Problems, int Checked) ForeignResources(IDocument page, string url)
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var (selector, attribute) in Loaded)
        {
            foreach (var element in page.QuerySelectorAll(selector))
            {
                if (element.LocalName == "link" && (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).All(NotLoadedLinkRels.Contains))
                {
                    continue;
                }
                var value = element.GetAttribute(attribute) ?? "";
                var urls = attribute == "srcset" ? value.Split(',').Select(c => c.Trim().Split(' ')[0]).ToList() : [value];
                count += urls.Count;
                problems.AddRange(urls.Where(IsForeign).Select(u => $"{url}: <{element.LocalName} {attribute}=\"{u}\">"));
            }
        }
        return (problems, count);
    }

    /// <summary>Every <c>url(…)</c> and <c>@import</c> in a stylesheet that points to another origin or is a data:/blob: URL, and how many there are in all.</summary>
    public static (List<string> Problems, int Checked) ForeignResourcesInCss(string css, string path) =>
        Foreign(CssUrl().Matches(css).Select(m => m.Groups["url"].Value).ToList(), u => $"{path}: url({u})");

    /// <summary>Every module a script imports from another origin, and how many imports there are in all.</summary>
    public static (List<string> Problems, int Checked) ForeignImports(string js, string path) =>
        Foreign(Import().Matches(js).Select(m => m.Groups["spec"].Value).ToList(), s => $"{path}: import {s}");

    private static (List<string> Problems, int Checked) Foreign(List<string> urls, Func<string, string> problem) =>
        (urls.Where(IsForeign).Select(problem).ToList(), urls.Count);

    /// <summary>Every URL under <c>/assets/</c> that a page names, in any attribute, without its query or fragment.</summary>
    public static IEnumerable<string> AssetUrls(IDocument page) =>
        page.All.SelectMany(e => e.Attributes)
            .SelectMany(a => a.Name == "srcset" ? a.Value.Split(',').Select(c => c.Trim().Split(' ')[0]) : [a.Value])
            .Where(v => v.StartsWith("/assets/", StringComparison.Ordinal))
            .Select(v => v.Split('#', '?')[0]);

    /// <summary>Another origin (<c>https://…</c>, <c>//host</c>) or a URL scheme that 'self' does not cover.</summary>
    public static bool IsForeign(string url)
    {
        var trimmed = url.Trim();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(trimmed);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]*)["']?\s*\)|@import\s+["'](?<url>[^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex("""(?:\bfrom|\bimport)\s*\(?\s*["'](?<spec>[^"']+)["']""")]
    private static partial Regex Import();
}
