using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Adds the pages that have no source file: the milestone overview, search, progress and 404. A
/// content page at one of their addresses (<c>input/soeg.md</c>) is an error at that file.
/// </summary>
public sealed class AddGeneratedPages : IModule
{
    public const string NotFoundFile = "404.html";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        Document[] generated =
        [
            Generated("milepaele/index", PageKind.Overview, "/milepaele/", "Milepæle", "milepaele/index.html"),
            Generated("soeg/index", PageKind.Search, "/soeg/", "Søg i drejebogen", "soeg/index.html"),
            Generated("fremskridt/index", PageKind.Progress, "/fremskridt/", "Dit fremskridt", "fremskridt/index.html"),
            Generated("404", PageKind.NotFound, "/" + NotFoundFile, "Siden findes ikke", NotFoundFile),
        ];
        var byUrl = generated.ToDictionary(page => page.Url, StringComparer.Ordinal);
        return
        [
            .. documents.Select(document => !document.Failed && byUrl.TryGetValue(document.Url, out var page) ? Refuse(document, page, context) : document),
            .. generated,
        ];
    }

    private static Document Refuse(Document document, Document generated, BuildContext context)
    {
        context.Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.DuplicateUrl, document.Url, $"siden «{generated.Title}», som sitet selv laver");
        return document with { Failed = true };
    }

    private static Document Generated(string name, string kind, string url, string title, string outputPath) => new()
    {
        RelativePath = $"(genereret)/{name}",
        DisplayPath = $"(genereret {url})",
        Kind = kind,
        Url = url,
        OutputPath = outputPath,
        Title = title,
        IsGenerated = true,
    };
}
