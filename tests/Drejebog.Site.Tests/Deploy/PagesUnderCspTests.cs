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
    // What the real site has, a little below the counts at the time of writing, so the checks
    // above cannot pass by finding nothing (a pattern that stopped matching, a theme file renamed).
    private const int MinStylesheets = 2;
    private const int MinCssUrls = 5;
    private const int MinScripts = 15;
    private const int MinImports = 30;
    private const int MinRelativeImports = 25;
    private const int MinRelativeCssUrls = 5;

    [Fact]
    public void No_page_loads_anything_from_another_origin_or_a_data_url()
    {
        var checks = Pages().Select(p => (p.Url, Check: CspChecks.ForeignResources(p.Dom, p.Url))).ToList();
        var problems = checks.SelectMany(c => c.Check.Problems).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // Every content page loads the two stylesheets and at least one script; a redirect page loads nothing.
        var content = checks.Where(c => !RedirectUrls().Contains(c.Url)).ToList();
        Assert.True(content.Count >= RealSiteBuild.MarkdownFileCount, $"only {content.Count} pages checked");
        Assert.All(content, c => Assert.True(c.Check.Checked >= 3, $"{c.Url}: only {c.Check.Checked} loaded URLs found"));
    }

    [Fact]
    public void No_stylesheet_or_script_loads_anything_from_another_origin()
    {
        var stylesheets = FilesEndingIn(".css");
        var scripts = FilesEndingIn(".js");
        var (cssProblems, urls) = CheckEach(stylesheets, CspChecks.ForeignResourcesInCss);
        var (jsProblems, imports) = CheckEach(scripts, CspChecks.ForeignImports);
        var problems = cssProblems.Concat(jsProblems).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The real theme: dkfds' fonts and icons in url(…), our modules importing each other.
        Assert.True(stylesheets.Count >= MinStylesheets, $"only {stylesheets.Count} stylesheets");
        Assert.True(urls >= MinCssUrls, $"only {urls} url(…) in the stylesheets");
        Assert.True(scripts.Count >= MinScripts, $"only {scripts.Count} scripts");
        Assert.True(imports >= MinImports, $"only {imports} imports in the scripts");
    }

    [Fact]
    public void Every_asset_a_page_names_has_a_content_hash_in_its_url_and_exists()
    {
        var files = RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath).ToHashSet(StringComparer.Ordinal);
        var named = Pages().SelectMany(p => CspChecks.AssetUrls(p.Dom).Select(u => (p.Url, Asset: u))).Distinct().ToList();

        Assert.Contains(named, n => StylesheetOf("site").IsMatch(n.Asset));
        Assert.Contains(named, n => StylesheetOf("dkfds").IsMatch(n.Asset));
        Assert.True(named.Select(n => n.Url).Distinct().Count() >= RealSiteBuild.MarkdownFileCount, "some pages name no assets");
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
        var (imports, urls) = (0, 0);
        foreach (var (path, file) in files.Where(f => f.Key.StartsWith("/assets/", StringComparison.Ordinal) && (f.Key.EndsWith(".js", StringComparison.Ordinal) || f.Key.EndsWith(".css", StringComparison.Ordinal))))
        {
            var isScript = path.EndsWith(".js", StringComparison.Ordinal);
            var references = isScript
                ? RelativeImport().Matches(Text(file)).Select(m => m.Groups["spec"].Value).ToList()
                : CssRelativeUrl().Matches(Text(file)).Select(m => m.Groups["url"].Value).ToList();
            if (isScript)
            {
                imports += references.Count;
            }
            else
            {
                urls += references.Count;
            }
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
        Assert.True(imports >= MinRelativeImports, $"only {imports} relative imports between our modules");
        Assert.True(urls >= MinRelativeCssUrls, $"only {urls} relative url(…) in the stylesheets");
    }

    private static List<Build.StaticFile> FilesEndingIn(string extension) =>
        RealSiteBuild.Result.Files.Where(f => f.OutputPath.EndsWith(extension, StringComparison.Ordinal)).ToList();

    private static (List<string> Problems, int Checked) CheckEach(List<Build.StaticFile> files, Func<string, string, (List<string> Problems, int Checked)> check)
    {
        var results = files.Select(f => check(Text(f), f.OutputPath)).ToList();
        return (results.SelectMany(r => r.Problems).ToList(), results.Sum(r => r.Checked));
    }

    private static HashSet<string> RedirectUrls() => RedirectPages().Select(p => p.Url).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Url, IDocument Dom)> Pages() =>
        RealSiteBuild.Pages.Select(p => (p.Url, Dom.Parse(p.Html))).Concat(RedirectPages());

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
