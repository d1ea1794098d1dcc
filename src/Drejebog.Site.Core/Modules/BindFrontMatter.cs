using Drejebog.Site.Content;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Reads the typed model of each document from its front matter. The folder decides the kind:
/// <c>faser/</c> phases, <c>milepaele/</c> milestones, <c>roller/</c> roles, anything else a page.
/// </summary>
public sealed class BindFrontMatter : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        documents.AsParallel().AsOrdered().Select(document => document.Failed ? document : Bind(document, context)).ToList();

    private static Document Bind(Document document, BuildContext context)
    {
        var folder = document.RelativePath.Contains('/', StringComparison.Ordinal) ? document.RelativePath[..document.RelativePath.IndexOf('/', StringComparison.Ordinal)] : "";
        var owner = folder switch
        {
            "faser" => PhaseReader.Owner,
            "milepaele" => MilestoneReader.Owner,
            "roller" => RoleReader.Owner,
            _ => PageReader.Owner,
        };
        var reader = new YamlMappingReader(document.FrontMatter!, document.DisplayPath, document.FrontMatterLine, context.Diagnostics, owner);

        switch (folder)
        {
            case "faser":
                var phase = PhaseReader.Read(reader);
                return phase is null ? document with { Failed = true } : Page(document, PageKind.Phase, phase.Url, $"Fase {phase.Number}: {phase.Title}", phase);
            case "milepaele":
                var milestone = MilestoneReader.Read(reader);
                return milestone is null ? document with { Failed = true } : Page(document, PageKind.Milestone, milestone.Url, milestone.Title, milestone);
            case "roller":
                var role = RoleReader.Read(reader);
                return role is null ? document with { Failed = true } : Page(document, PageKind.Role, role.Url, role.Title, role);
            default:
                var page = PageReader.Read(reader);
                return page is null ? document with { Failed = true } : Page(document, page.Layout, UrlOf(document.RelativePath), page.Title, page);
        }
    }

    private static Document Page(Document document, string kind, string url, string title, object model) =>
        document with { Kind = kind, Url = url, OutputPath = OutputPathOf(url), Title = title, Model = model };

    /// <summary><c>index.md</c> → <c>/</c>, <c>bilag/fredericia.md</c> → <c>/bilag/fredericia/</c>.</summary>
    public static string UrlOf(string relativePath)
    {
        var path = relativePath[..^".md".Length];
        if (path == "index")
        {
            return "/";
        }
        if (path.EndsWith("/index", StringComparison.Ordinal))
        {
            path = path[..^"/index".Length];
        }
        return $"/{path}/";
    }

    public static string OutputPathOf(string url) => url.EndsWith('/') ? $"{url.TrimStart('/')}index.html" : url.TrimStart('/');
}
