using System.Text.RegularExpressions;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Modules;

/// <summary>
/// Reads the typed model of each document from its front matter. The folder decides the kind:
/// <c>faser/</c> phases, <c>milepaele/</c> milestones, <c>roller/</c> roles, anything else a page.
/// </summary>
public sealed partial class BindFrontMatter : DocumentModule
{
    public override long Cost(Document document) => document.Text.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed ? Failed(document) : Bind(document, context);

    private static Document Bind(Document document, BuildContext context)
    {
        var folder = Folder(document.RelativePath);
        var owner = folder switch
        {
            "faser" => PhaseReader.Owner,
            "milepaele" => MilestoneReader.Owner,
            "roller" => RoleReader.Owner,
            _ => PageReader.Owner,
        };
        var reader = new YamlMappingReader(document.FrontMatter!, document.DisplayPath, document.FrontMatterLine, context.Diagnostics, owner);
        // Read before the kind's own fields: each kind's reader ends by reporting keys nobody asked for.
        document = document with { RedirectFrom = RedirectReader.Read(reader) };
        var named = HasSafeName(document, context.Diagnostics);

        switch (folder)
        {
            case "faser":
                var phase = PhaseReader.Read(reader);
                return phase is null || !named ? Failed(document) : Page(document, PageKind.Phase, phase.Url, $"Fase {phase.Number}: {phase.Title}", phase);
            case "milepaele":
                var milestone = MilestoneReader.Read(reader);
                return milestone is null || !named ? Failed(document) : Page(document, PageKind.Milestone, milestone.Url, milestone.Title, milestone);
            case "roller":
                var role = RoleReader.Read(reader);
                return role is null || !named ? Failed(document) : Page(document, PageKind.Role, role.Url, role.Title, role);
            default:
                var page = PageReader.Read(reader);
                var url = UrlOf(document.RelativePath);
                var placed = named && IsOurs(document, url, context.Diagnostics);
                return page is null || !placed ? Failed(document) : Page(document, page.Layout, url, page.Title, page);
        }
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
        if (IdFolder(document.RelativePath) is not { } folder)
        {
            return document with { Failed = true, Url = UrlOf(document.RelativePath) };
        }
        // The front matter of a file whose YAML broke holds what was read before the error.
        var id = document.FrontMatter?.Children.TryGetValue(new YamlScalarNode("id"), out var node) == true ? (node as YamlScalarNode)?.Value : null;
        return document with { Failed = true, Url = YamlMappingReader.IsValidId(id) ? $"/{folder}/{id}/" : document.Url };
    }

    /// <summary>The folder (<c>faser</c>, <c>milepaele</c>, <c>roller</c>) when its pages' URLs come from their ids, not their file names.</summary>
    public static string? IdFolder(string relativePath) =>
        Folder(relativePath) is var folder and ("faser" or "milepaele" or "roller") ? folder : null;

    private static string Folder(string relativePath) =>
        relativePath.Contains('/', StringComparison.Ordinal) ? relativePath[..relativePath.IndexOf('/', StringComparison.Ordinal)] : "";

    private static Document Page(Document document, string kind, string url, string title, object model) =>
        // The YAML tree and the raw text are not needed any more; dropping them keeps large builds small.
        document with { Kind = kind, Url = url, OutputPath = OutputPathOf(url), Title = title, Model = model, FrontMatter = null, Text = "" };

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
