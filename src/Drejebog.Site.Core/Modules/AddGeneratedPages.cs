using Drejebog.Site.Content;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>Adds the pages that have no source file: the milestone overview, search and 404.</summary>
public sealed class AddGeneratedPages : IModule
{
    public const string NotFoundFile = "404.html";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
    [
        .. documents,
        Generated("milepaele/index", PageKind.Overview, "/milepaele/", "Milepæle", "milepaele/index.html"),
        Generated("soeg/index", PageKind.Search, "/soeg/", "Søg i drejebogen", "soeg/index.html"),
        Generated("fremskridt/index", PageKind.Progress, "/fremskridt/", "Dit fremskridt", "fremskridt/index.html"),
        Generated("404", PageKind.NotFound, "/" + NotFoundFile, "Siden findes ikke", NotFoundFile),
    ];

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
