using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Drejebog.Site.Tests.RealSite;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Deploy;

/// <summary>
/// Every page of the real site, and every stylesheet and script it loads, works under the
/// Content-Security-Policy in netlify.toml: nothing from another origin, and every asset named by
/// its content-hashed URL, which exists. (Inline code: RealSiteHtmlTests and the generator's DS042.)
/// </summary>
public sealed partial class PagesUnderCspTests
{
    [Fact]
    public void No_page_loads_anything_from_another_origin_or_a_data_url()
    {
        var problems = Pages().SelectMany(p => CspChecks.ForeignResources(p.Dom, p.Url)).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void No_stylesheet_or_script_loads_anything_from_another_origin()
    {
        var problems = new List<string>();
        foreach (var file in RealSiteBuild.Result.Files.Where(f => f.OutputPath.EndsWith(".css", StringComparison.Ordinal)))
        {
            problems.AddRange(CspChecks.ForeignResourcesInCss(Text(file), file.OutputPath));
        }
        var scripts = RealSiteBuild.Result.Files.Where(f => f.OutputPath.EndsWith(".js", StringComparison.Ordinal)).ToList();
        foreach (var file in scripts)
        {
            problems.AddRange(CspChecks.ForeignImports(Text(file), file.OutputPath));
        }

        Assert.True(scripts.Count > 10, $"only {scripts.Count} scripts");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_asset_a_page_names_has_a_content_hash_in_its_url_and_exists()
    {
        var files = RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath).ToHashSet(StringComparer.Ordinal);
        var named = Pages().SelectMany(p => CspChecks.AssetUrls(p.Dom).Select(u => (p.Url, Asset: u))).Distinct().ToList();

        Assert.Contains(named, n => StylesheetOf("site").IsMatch(n.Asset));
        Assert.Contains(named, n => StylesheetOf("dkfds").IsMatch(n.Asset));
        Assert.All(named, n =>
        {
            Assert.True(HashedName().IsMatch(n.Asset), $"{n.Url}: {n.Asset} has no content hash in its name");
            Assert.True(files.Contains(n.Asset), $"{n.Url}: {n.Asset} is not a file of the build");
        });
    }

    [Fact]
    public void Every_module_and_stylesheet_reference_between_assets_is_hashed_and_exists()
    {
        var files = RealSiteBuild.Result.Files.ToDictionary(f => "/" + f.OutputPath, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (path, file) in files.Where(f => f.Key.StartsWith("/assets/", StringComparison.Ordinal) && (f.Key.EndsWith(".js", StringComparison.Ordinal) || f.Key.EndsWith(".css", StringComparison.Ordinal))))
        {
            var references = path.EndsWith(".js", StringComparison.Ordinal)
                ? RelativeImport().Matches(Text(file)).Select(m => m.Groups["spec"].Value)
                : CssRelativeUrl().Matches(Text(file)).Select(m => m.Groups["url"].Value);
            foreach (var reference in references)
            {
                var target = new Uri(new Uri("https://site.invalid" + path), reference).AbsolutePath;
                if (!HashedName().IsMatch(target) || !files.ContainsKey(target))
                {
                    problems.Add($"{path}: {reference} → {target}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<(string Url, IDocument Dom)> Pages() =>
        RealSiteBuild.Result.Pages.Select(p => (p.Url, Dom.Parse(p.Html))).Concat(RedirectPages());

    // Pages that send a former URL on (redirect_from) are written as generated files.
    private static IEnumerable<(string Url, IDocument Dom)> RedirectPages() =>
        RealSiteBuild.Result.Files.Where(f => f.OutputPath.EndsWith(".html", StringComparison.Ordinal) && f.Content is not null)
            .Select(f => ("/" + f.OutputPath, Dom.Parse(Encoding.UTF8.GetString(f.Content!))));

    private static string Text(Build.StaticFile file) =>
        file.Content is not null ? Encoding.UTF8.GetString(file.Content) : File.ReadAllText(file.DiskPath!);

    private static Regex StylesheetOf(string name) => new($@"/{name}\.[0-9a-f]{{8}}\.css$");

    [GeneratedRegex(@"\.[0-9a-f]{8}(\.[^./]+)?$")]
    private static partial Regex HashedName();

    [GeneratedRegex("""(?:\bfrom|\bimport)\s*\(?\s*["'](?<spec>\.{1,2}/[^"']+)["']""")]
    private static partial Regex RelativeImport();

    [GeneratedRegex("""url\(\s*["']?(?<url>\.{1,2}/[^"')?#]+)""")]
    private static partial Regex CssRelativeUrl();
}
