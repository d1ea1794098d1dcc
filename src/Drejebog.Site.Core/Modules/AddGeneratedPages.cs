using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Adds the pages that have no source file, one for each generated kind in <see cref="ContentKinds"/>
/// (the milestone overview, search, progress and 404). A content page at one of their addresses
/// (<c>input/soeg.md</c>) is an error at that file.
/// </summary>
public sealed class AddGeneratedPages : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var generated = ContentKinds.All.Where(k => k.Generated is not null).Select(k => Generated(k, k.Generated!, products.Get(SiteProducts.Settings))).ToList();
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

    // Without site settings nothing is rendered, so the summary is not needed then.
    private static Document Generated(ContentKind kind, GeneratedPage page, SiteSettings? site) => new()
    {
        RelativePath = $"(genereret)/{page.OutputPath[..^".html".Length]}",
        DisplayPath = $"(genereret {page.Url})",
        Kind = kind.Name,
        Url = page.Url,
        OutputPath = page.OutputPath,
        Title = page.Title,
        Model = new GeneratedPageModel(page.Title, site is null ? "" : page.Summary(site)),
        IsGenerated = true,
    };
}
