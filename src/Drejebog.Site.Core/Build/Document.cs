using System.Text;
using Drejebog.Site.Markdown;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Build;

/// <summary>
/// A page on its way through the pipelines. Documents are immutable: each module returns
/// changed copies (<c>with</c>), as in Statiq.
/// </summary>
public sealed record Document
{
    /// <summary>Path relative to the input folder, with forward slashes (<c>milepaele/1-01-x.md</c>).</summary>
    public required string RelativePath { get; init; }

    /// <summary>Path as diagnostics print it, relative to the working folder where possible.</summary>
    public required string DisplayPath { get; init; }

    public string Text { get; init; } = "";

    /// <summary>The parsed front matter; for a <see cref="Failed"/> document, what could be read of it.</summary>
    public YamlMappingNode? FrontMatter { get; init; }

    /// <summary>File line of the first YAML line; YamlDotNet's line 1 is this line.</summary>
    public int FrontMatterLine { get; init; } = 2;

    public string Body { get; init; } = "";

    /// <summary>File line where the Markdown body starts (one-based).</summary>
    public int BodyLine { get; init; } = 1;

    public string Kind { get; init; } = "";

    /// <summary>Site URL of the page, always starting and (for folders) ending with <c>/</c>.</summary>
    public string Url { get; init; } = "";

    /// <summary>Path of the written file relative to the output folder.</summary>
    public string OutputPath { get; init; } = "";

    /// <summary>The typed front matter (a Phase, Milestone, Role or PageInfo), or a generated page's model.</summary>
    public Content.IPageModel? Model { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Addresses the page used to have (<c>redirect_from</c>); the build sends them on to <see cref="Url"/>.</summary>
    public IReadOnlyList<Content.FormerUrl> RedirectFrom { get; init; } = [];

    /// <summary>Generated pages have no source file (and no edit link).</summary>
    public bool IsGenerated { get; init; }

    public string BodyHtml { get; init; } = "";

    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>Ids written with <c>{#id}</c> in the body, checked against the layout's ids once the page is rendered.</summary>
    public IReadOnlyList<ElementId> ElementIds { get; init; } = [];

    /// <summary>The glossary terms linked in the body, in the order they first occur (the page lists their definitions).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The key of every glossary spelling the body uses, linked or not (for the glossary's warnings).</summary>
    public IReadOnlySet<string> TermSpellings { get; init; } = new HashSet<string>();

    public string Html { get; init; } = "";

    /// <summary>
    /// The finished page when a sink will write it: it stays in the post-processor's builder, and
    /// <see cref="Html"/> is empty, so a page is not copied into one more string on its way to the disk.
    /// </summary>
    public StringBuilder? FinishedHtml { get; init; }

    /// <summary>True once the page is post-processed and may be published; with a sink, <see cref="Modules.WritePages"/> then writes it and drops its <see cref="Html"/>.</summary>
    public bool IsFinished { get; init; }

    /// <summary>Every element id in the finished page, for anchor checking.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();

    /// <summary>Every internal href in the finished page, for link checking.</summary>
    public IReadOnlyList<string> Hrefs { get; init; } = [];

    /// <summary>Set when a module reported an error for this document; later modules skip it.</summary>
    public bool Failed { get; init; }
}
