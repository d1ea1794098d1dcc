namespace Drejebog.Site.Output;

/// <summary>Content types by file extension, as a static host sends them (Pagefind's own files included).</summary>
public static class ContentTypes
{
    private const string Binary = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".wasm"] = "application/wasm",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        // iCalendar (/kalender/drejebog.ics); netlify.toml sends the same, with the charset for æøå.
        [".ics"] = "text/calendar; charset=utf-8",
        // Pagefind: gzipped WebAssembly (wasm.<lang>.pagefind) and index chunks, fetched and unpacked by pagefind.js.
        [".pagefind"] = Binary,
        [".pf_meta"] = Binary,
        [".pf_index"] = Binary,
        [".pf_fragment"] = Binary,
    };

    public static string For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), Binary);
}
