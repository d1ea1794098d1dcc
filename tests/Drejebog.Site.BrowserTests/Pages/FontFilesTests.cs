using System.Net;
using System.Text.RegularExpressions;
using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Pages;

/// <summary>
/// Every font file that the pages' stylesheets declare in <c>@font-face</c> is served. A browser
/// falls back along a <c>src</c> list (when a face is used for fallback, or a woff2 load fails),
/// and a missing fallback file is a 404 in the console at a moment nobody can predict.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed partial class FontFilesTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = site.BaseAddress };

    [Fact]
    public async Task Every_font_file_in_the_stylesheets_font_faces_is_served()
    {
        var page = await http.GetStringAsync("/");
        var stylesheets = Stylesheet().Matches(page).Select(m => new Uri(site.BaseAddress, m.Groups["href"].Value)).ToList();
        // site.css and dkfds.css.
        Assert.True(stylesheets.Count >= 2, $"only {stylesheets.Count} stylesheets found on /");

        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stylesheet in stylesheets)
        {
            var css = await http.GetStringAsync(stylesheet);
            foreach (Match face in FontFace().Matches(css))
            {
                foreach (Match url in Url().Matches(face.Value))
                {
                    fonts.Add(new Uri(stylesheet, url.Groups["url"].Value).AbsolutePath);
                }
            }
        }
        // theme/tools/fonts.mjs declares three faces, one WOFF2 file each (the fallback face is local()).
        Assert.True(fonts.Count >= 3, $"only {fonts.Count} font files found in @font-face rules");
        Assert.All(fonts, font => Assert.EndsWith(".woff2", font, StringComparison.Ordinal));

        var missing = new List<string>();
        foreach (var font in fonts)
        {
            using var response = await http.GetAsync(font);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{font} ({(int)response.StatusCode})");
            }
        }
        Assert.True(missing.Count == 0,
            $"{missing.Count} of {fonts.Count} font files named in @font-face rules are not served " +
            "(run npm run assets in theme/):\n" + string.Join('\n', missing));
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""@font-face\s*\{[^}]*\}""")]
    private static partial Regex FontFace();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial Regex Url();

    public void Dispose() => http.Dispose();
}
