using System.Text.RegularExpressions;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Modules;

/// <summary>
/// Reads the typed model of each document from its front matter. The folder decides the kind
/// (<see cref="ContentKinds.ForFile"/>); an ordinary page's <c>layout</c> picks among the page kinds.
/// </summary>
public sealed partial class BindFrontMatter : DocumentModule
{
    public override long Cost(Document document) => document.Text.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed ? Failed(document) : Bind(document, context);

    private static Document Bind(Document document, BuildContext context)
    {
        var kind = ContentKinds.ForFile(document.RelativePath);
        var reading = kind.Reading!;
        var reader = new YamlMappingReader(document.FrontMatter!, document.DisplayPath, document.FrontMatterLine, context.Diagnostics, reading.Owner);
        // Read before the kind's own fields: each kind's reader ends by reporting keys nobody asked for.
        document = document with { RedirectFrom = RedirectReader.Read(reader) };
        var named = HasSafeName(document, context.Diagnostics);
        var model = reading.Read(reader);
        if (kind.Folder is not null)
        {
            return model is IContentItem item && named ? Page(document, kind, kind.UrlOf(item.Id), model) : Failed(document);
        }
        // An ordinary page is at the URL of its path, which is checked even when its front matter has errors.
        var url = ContentKinds.PageUrlOf(document.RelativePath);
        var placed = named && IsOurs(document, url, context.Diagnostics);
        return model is PageInfo page && placed ? Page(document, ContentKinds.Named(page.Layout)!, url, page) : Failed(document);
    }

    /// <summary>
    /// Every folder and file name of the path is a plain URL segment: <c>a%2f.md</c>, <c>a#b.md</c> or
    /// <c>a?b.md</c> would give an address that means something else than the file. Reported at the file.
    /// </summary>
    private static bool HasSafeName(Document document, DiagnosticBag diagnostics)
    {
        var unsafeName = document.RelativePath.Split('/').FirstOrDefault(name => !SafeName().IsMatch(name));
        if (unsafeName is not null)
        {
            diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.UnsafeFileName, unsafeName);
        }
        return unsafeName is null;
    }

    /// <summary>A page whose address the build owns (<see cref="BuildOwnedPaths"/>) is reported at the file.</summary>
    private static bool IsOurs(Document document, string url, DiagnosticBag diagnostics)
    {
        var owner = BuildOwnedPaths.ReservedFor(url);
        if (owner is not null)
        {
            diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.ReservedOutputPath, url, owner);
        }
        return owner is null;
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex SafeName();

    /// <summary>
    /// A document with errors keeps the URL it would have had, where that is known, so the link
    /// checker treats links to it as links to a page that exists but could not be built,
    /// instead of reporting each of them as a second error.
    /// </summary>
    private static Document Failed(Document document)
    {
        if (ContentKinds.FolderKindOf(document.RelativePath) is not { } kind)
        {
            return document with { Failed = true, Url = ContentKinds.PageUrlOf(document.RelativePath) };
        }
        // The front matter of a file whose YAML broke holds what was read before the error.
        var id = document.FrontMatter?.Children.TryGetValue(new YamlScalarNode("id"), out var node) == true ? (node as YamlScalarNode)?.Value : null;
        return document with { Failed = true, Url = YamlMappingReader.IsValidId(id) ? kind.UrlOf(id!) : document.Url };
    }

    private static Document Page(Document document, ContentKind kind, string url, IPageModel model) =>
        // The YAML tree and the raw text are not needed any more; dropping them keeps large builds small.
        document with
        {
            Kind = kind.Name,
            Url = url,
            OutputPath = ContentKinds.OutputPathOf(url),
            Title = model.PageTitle,
            Model = model,
            FrontMatter = null,
            Text = "",
        };
}
