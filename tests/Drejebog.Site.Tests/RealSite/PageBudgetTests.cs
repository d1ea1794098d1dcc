using System.Globalization;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The first load of every page of the real site stays within the budget of issue 14: at most
/// 100 KB compressed, fonts included, in at most 12 requests (<see cref="FirstLoad"/> says what
/// counts). bench/lighthouse measures the same in a browser.
/// </summary>
public sealed class PageBudgetTests
{
    private const long MaxBytes = 100_000;
    private const int MaxRequests = 12;

    // The whole playbook is every page's text at once (about 32 KB of gzipped HTML), read on a
    // desktop or printed, and links to the single pages for reading on a phone: 20 KB more.
    private const long MaxWholePlaybookBytes = 120_000;

    [Fact]
    public void Every_page_loads_at_most_100_KB_compressed_in_at_most_12_requests()
    {
        var loads = RealSiteBuild.Pages.Select(p => (Page: p, Requests: FirstLoad.Of(p.Url, p.Html, BuiltFile))).ToList();
        var over = loads.Where(l => l.Requests.Sum(r => r.Bytes) > (l.Page.Url == "/hele-drejebogen/" ? MaxWholePlaybookBytes : MaxBytes) || l.Requests.Count > MaxRequests).ToList();

        Assert.True(over.Count == 0, $"{over.Count} pages over the budget ({MaxBytes} bytes, {MaxRequests} requests):\n"
            + string.Join("\n\n", over.Select(o => Describe(o.Page.Url, o.Requests))));
    }

    [Fact]
    public void A_milestone_page_counts_its_stylesheets_fonts_script_sprite_and_data()
    {
        var page = RealSiteBuild.Pages.First(p => p.Kind == "milepael");
        var requests = FirstLoad.Of(page.Url, page.Html, BuiltFile);
        var why = requests.GroupBy(r => r.Why).ToDictionary(g => g.Key, g => g.Count());

        // Two stylesheets, the preloaded faces (also in @font-face), our bundle, the icon sprite, the content index.
        Assert.True(why.GetValueOrDefault("stylesheet") == 2, Describe(page.Url, requests));
        Assert.True(why.GetValueOrDefault("preload") >= 1, Describe(page.Url, requests));
        Assert.True(why.GetValueOrDefault("script") == 1, Describe(page.Url, requests));
        Assert.True(why.GetValueOrDefault("sprite") == 1, Describe(page.Url, requests));
        Assert.True(why.GetValueOrDefault("data") == 1, Describe(page.Url, requests));
        Assert.DoesNotContain(requests, r => r.Url.StartsWith("/pagefind/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_preloaded_font_is_one_the_stylesheets_declare()
    {
        var page = RealSiteBuild.Result.Page("/")!;
        var preloads = Dom.Parse(page.Html).QuerySelectorAll("link[rel=preload][as=font]").Select(l => l.GetAttribute("href")!).ToList();
        // The same page without its preloads: the fonts its stylesheets' @font-face rules name.
        var withoutPreloads = page.Html.Replace("rel=\"preload\"", "rel=\"x-not-loaded\"", StringComparison.Ordinal);
        var declared = FirstLoad.Of(page.Url, withoutPreloads, BuiltFile).Where(r => r.Why == "font").Select(r => r.Url).ToList();

        Assert.NotEmpty(preloads);
        // A preloaded file no face uses is downloaded for nothing (and Chromium warns about it).
        Assert.All(preloads, p => Assert.Contains(p, declared));
    }

    private static byte[]? BuiltFile(string url)
    {
        var file = RealSiteBuild.Result.Files.FirstOrDefault(f => "/" + f.OutputPath == url);
        return file is null ? null : file.Content ?? File.ReadAllBytes(file.DiskPath!);
    }

    private static string Describe(string url, IReadOnlyList<FirstLoad.Request> requests) =>
        string.Create(CultureInfo.InvariantCulture, $"{url}: {requests.Count} requests, {requests.Sum(r => r.Bytes)} bytes\n")
        + string.Join('\n', requests.Select(r => string.Create(CultureInfo.InvariantCulture, $"  {r.Bytes,7}  {r.Why,-10} {r.Url}")));
}
