namespace Drejebog.Site.SearchBench;

/// <summary>What a file is to the search: part of Pagefind's fixed bundle, of the site's index, or any other site file.</summary>
internal enum FilePart
{
    Bundle,
    Index,
    Site,
}

/// <summary>
/// A kind of file, named for the tables. <see cref="PreCompressed"/> files (the wasm and every
/// <c>.pf_*</c> chunk) are gzip already: Pagefind inflates them itself, so a CDN sends them as they are.
/// </summary>
internal sealed record FileKind(string Name, FilePart Part, bool PreCompressed, int Rank)
{
    private const string UiName = "Pagefind UI files (unused)";

    /// <summary>Classifies a path below <c>/pagefind/</c>, such as <c>index/da_1a2b.pf_index</c>.</summary>
    public static FileKind ForPagefindPath(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return Path.GetExtension(name) switch
        {
            ".pf_meta" => new("pf_meta", FilePart.Index, true, 10),
            ".pf_index" => new("index chunks", FilePart.Index, true, 11),
            ".pf_filter" => new("filter chunks", FilePart.Index, true, 12),
            ".pf_fragment" => new("fragments", FilePart.Index, true, 13),
            ".pagefind" => new(name, FilePart.Bundle, true, 4),
            _ when name == "pagefind.js" => new(name, FilePart.Bundle, false, 1),
            _ when name == "pagefind-worker.js" => new(name, FilePart.Bundle, false, 2),
            _ when name == "pagefind-entry.json" => new(name, FilePart.Bundle, false, 3),
            // Loaded on the page a result leads to, to mark the words found (theme/assets/js/highlight.js).
            _ when name == "pagefind-highlight.js" => new(name, FilePart.Bundle, false, 5),
            _ when name.StartsWith("pagefind-", StringComparison.Ordinal) => new(UiName, FilePart.Bundle, false, 6),
            _ => new("other Pagefind files", FilePart.Bundle, false, 7),
        };
    }

    /// <summary>Classifies a URL path of the served site.</summary>
    public static FileKind ForUrlPath(string urlPath) =>
        urlPath.StartsWith("/pagefind/", StringComparison.Ordinal)
            ? ForPagefindPath(urlPath["/pagefind/".Length..])
            : new("site files (" + Path.GetExtension(urlPath.TrimEnd('/')).TrimStart('.') + ")", FilePart.Site, false, 20);
}
