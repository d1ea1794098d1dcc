using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// What a browser fetches to show a page the first time (empty cache, nothing stored), worked out
/// from the built files instead of a browser, so the answer is the same on every run: the page; the
/// stylesheets, preloads, icon and scripts its head names; every module those scripts import
/// statically; the sprites its <c>&lt;use&gt;</c> elements and the images its <c>&lt;img&gt;</c>
/// elements name; every font of every <c>@font-face</c> in the loaded stylesheets (whether or not
/// the page uses it); an image in any other <c>url(…)</c> whose rule's selector matches an element
/// of the page; and each file the loaded scripts <c>fetch('/…')</c> with a fixed address. It leaves
/// out Pagefind's files (<c>/pagefind/…</c>), which only searching loads. Each file is counted once,
/// at its size gzipped (level "optimal", about <c>gzip -6</c>, as a CDN compresses on the fly; a
/// browser that takes brotli gets less), fonts and images that are compressed already at their size.
/// HTTP headers are not counted.
/// </summary>
internal static partial class FirstLoad
{
    /// <summary>One file of a page's first load.</summary>
    public sealed record Request(string Url, string Why, long Bytes);

    private static readonly string[] Compressible = [".html", ".css", ".js", ".json", ".svg", ".txt", ".csv", ".xml"];

    /// <param name="url">The page's URL, e.g. <c>/milepaele/fejring/</c>, that its relative references resolve against.</param>
    /// <param name="html">The page.</param>
    /// <param name="file">A built file's bytes by its URL (<c>/assets/css/site.3f9a1c2b.css</c>), or null when the build has none.</param>
    public static IReadOnlyList<Request> Of(string url, string html, Func<string, byte[]?> file)
    {
        var requests = new Dictionary<string, Request>(StringComparer.Ordinal);
        var page = Dom.Parse(html);
        requests[url] = new Request(url, "page", Gzipped(Encoding.UTF8.GetBytes(html)));

        void Fetch(string reference, string why, string from)
        {
            var target = Resolve(from, reference);
            if (target is null || requests.ContainsKey(target) || target.StartsWith("/pagefind/", StringComparison.Ordinal))
            {
                return;
            }
            var bytes = file(target) ?? throw new InvalidOperationException($"{from} loads {reference} ({target}), which the build does not have.");
            Add(requests, target, why, bytes);
            if (target.EndsWith(".css", StringComparison.Ordinal))
            {
                FollowStylesheet(target, Encoding.UTF8.GetString(bytes));
            }
            else if (target.EndsWith(".js", StringComparison.Ordinal))
            {
                FollowScript(target, Encoding.UTF8.GetString(bytes));
            }
        }

        void FollowStylesheet(string path, string css)
        {
            foreach (Match face in FontFace().Matches(css))
            {
                foreach (Match font in CssUrl().Matches(face.Value))
                {
                    Fetch(font.Groups["url"].Value, "font", path);
                }
            }
            var withoutFaces = FontFace().Replace(css, "");
            foreach (Match image in CssUrl().Matches(withoutFaces))
            {
                if (SelectorBefore(withoutFaces, image.Index) is { } selector && Matches(page, selector))
                {
                    Fetch(image.Groups["url"].Value, "css image", path);
                }
            }
        }

        void FollowScript(string path, string js)
        {
            foreach (Match import in StaticImport().Matches(js))
            {
                Fetch(import.Groups["spec"].Value, "module", path);
            }
            foreach (Match fetch in FixedFetch().Matches(js))
            {
                Fetch(fetch.Groups["url"].Value, "data", path);
            }
        }

        foreach (var link in page.QuerySelectorAll("head link[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel.Intersect(["stylesheet", "preload", "modulepreload", "icon"]).FirstOrDefault() is { } kind)
            {
                Fetch(link.GetAttribute("href")!, kind, url);
            }
        }
        foreach (var script in page.QuerySelectorAll("script[src]"))
        {
            Fetch(script.GetAttribute("src")!, "script", url);
        }
        foreach (var element in page.QuerySelectorAll("use[href], img[src]"))
        {
            Fetch((element.GetAttribute("href") ?? element.GetAttribute("src"))!.Split('#')[0], element.LocalName == "use" ? "sprite" : "image", url);
        }
        return [.. requests.Values];
    }

    private static void Add(Dictionary<string, Request> requests, string url, string why, byte[] bytes) =>
        requests[url] = new Request(url, why, Compressible.Any(url.EndsWith) ? Gzipped(bytes) : bytes.Length);

    private static long Gzipped(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return output.Length;
    }

    /// <summary>An absolute path on the site, or null for what the browser does not fetch here (fragments, data: URLs, other sites).</summary>
    private static string? Resolve(string from, string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('#') || reference.StartsWith("data:", StringComparison.Ordinal))
        {
            return null;
        }
        var resolved = new Uri(new Uri("https://site.invalid" + from), reference);
        return resolved.Host == "site.invalid" ? Uri.UnescapeDataString(resolved.AbsolutePath) : null;
    }

    /// <summary>The selector of the rule a position in a stylesheet is in: the text between the block before it and its own <c>{</c>.</summary>
    private static string? SelectorBefore(string css, int position)
    {
        var open = css.LastIndexOf('{', position);
        if (open < 0)
        {
            return null;
        }
        var start = css.LastIndexOfAny(['{', '}', ';'], open - 1) + 1;
        return css[start..open].Trim();
    }

    /// <summary>Whether any selector of the list matches an element of the page, states (<c>:hover</c>, <c>:checked</c>) and pseudo-elements ignored.</summary>
    private static bool Matches(IDocument page, string selectorList)
    {
        foreach (var selector in selectorList.Split(','))
        {
            var plain = PseudoPart().Replace(selector, "").Trim();
            try
            {
                if (plain.Length == 0 || page.QuerySelector(plain) is not null)
                {
                    return true;
                }
            }
            catch (DomException)
            {
                // A selector AngleSharp cannot read: count the image rather than miss it.
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("""@font-face\s*\{[^}]*\}""")]
    private static partial Regex FontFace();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial Regex CssUrl();

    // `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`, minified or not, but not
    // the word in a string (`"import"`); import() is dynamic and not followed.
    [GeneratedRegex("""(?<![\w$."'])(?:from|import)\s*["'](?<spec>(?:\.{1,2})?/[^"'\s]+)["']""")]
    private static partial Regex StaticImport();

    [GeneratedRegex("""\bfetch\(\s*["'](?<url>/[^"']+)["']""")]
    private static partial Regex FixedFetch();

    [GeneratedRegex("""::?[a-zA-Z-]+(\([^)]*\))?""")]
    private static partial Regex PseudoPart();
}
