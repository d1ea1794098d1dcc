using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Drejebog.Site.Build;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Checks on finished pages written with AngleSharp, independently of the generator's own guards
/// (<see cref="Drejebog.Site.Html.CspBlockedMarkup"/>, <see cref="Drejebog.Site.Modules.CheckLinks"/>), so a bug there cannot hide a bug in the pages.
/// </summary>
internal static partial class PageChecks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "xlink:href", "poster"];

    /// <summary>Everything a strict Content-Security-Policy would block, one line per problem.</summary>
    public static List<string> CspBlockedMarkup(BuildResult result) =>
        result.Pages.SelectMany(page => CspBlockedMarkup(page.Html, page.Url)).ToList();

    /// <summary>Everything a strict Content-Security-Policy would block in one page, one line per problem.</summary>
    public static List<string> CspBlockedMarkup(string html, string url)
    {
        var problems = new List<string>();
        foreach (var element in Dom.Parse(html).All)
        {
            if (element.LocalName == "script" && !element.HasAttribute("src") && element.GetAttribute("type") != "application/json")
            {
                problems.Add($"{url}: inline <script>");
            }
            if (element.LocalName == "style")
            {
                problems.Add($"{url}: <style>");
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{url}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
                if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{url}: javascript: URL on <{element.LocalName}>");
                }
            }
        }
        return problems;
    }

    /// <summary>
    /// Every internal reference (href, src, action, SVG <c>use</c>) that does not resolve to a page
    /// or file of the build, or whose <c>#anchor</c> is not an id in the target page (or SVG file).
    /// </summary>
    public static (List<string> Problems, int Checked) BrokenReferences(BuildResult result)
    {
        var pages = result.Pages.ToDictionary(p => p.Url, p => Dom.Parse(p), StringComparer.Ordinal);
        var files = result.Files.ToDictionary(f => "/" + f.OutputPath, StringComparer.Ordinal);
        var fileIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var problems = new List<string>();
        var count = 0;

        foreach (var (url, dom) in pages)
        {
            foreach (var (element, value) in References(dom))
            {
                if (IsExternal(value))
                {
                    continue;
                }
                count++;
                var uri = new Uri(new Uri("https://site.invalid" + url), value);
                var path = Uri.UnescapeDataString(uri.AbsolutePath);
                var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
                var where = $"{url}: <{element.LocalName}> {value}";

                if (pages.TryGetValue(path, out var target))
                {
                    if (fragment.Length > 0 && target.GetElementById(fragment) is null)
                    {
                        problems.Add($"{where}: {path} has no #{fragment}");
                    }
                }
                else if (files.TryGetValue(path, out var file))
                {
                    if (fragment.Length > 0 && !IdsInFile(file, fileIds).Contains(fragment))
                    {
                        problems.Add($"{where}: {path} has no #{fragment}");
                    }
                }
                else
                {
                    problems.Add($"{where}: no page or file {path}");
                }
            }
        }
        return (problems.Distinct().ToList(), count);
    }

    private static IEnumerable<(IElement Element, string Value)> References(IDocument dom) =>
        from element in dom.All
        from name in UrlAttributes
        let value = element.GetAttribute(name)
        where !string.IsNullOrEmpty(value)
        select (element, value);

    private static bool IsExternal(string value) => value.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(value);

    // Only SVG files have ids worth linking to (icon sprites); any other file has none.
    private static HashSet<string> IdsInFile(StaticFile file, Dictionary<string, HashSet<string>> cache)
    {
        if (!cache.TryGetValue(file.OutputPath, out var ids))
        {
            ids = [];
            if (file.OutputPath.EndsWith(".svg", StringComparison.Ordinal))
            {
                var text = file.DiskPath is not null ? File.ReadAllText(file.DiskPath) : Encoding.UTF8.GetString(file.Content!);
                ids = XDocument.Parse(text).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            }
            cache[file.OutputPath] = ids;
        }
        return ids;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
