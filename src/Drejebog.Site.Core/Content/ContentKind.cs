namespace Drejebog.Site.Content;

/// <summary>
/// One kind of page and everything the stages need to know about it. Every kind is a row of
/// <see cref="ContentKinds"/>; no module knows the kinds by name.
/// </summary>
public sealed record ContentKind
{
    /// <summary>The kind's name (<c>milepael</c>): <c>Document.Kind</c>, <c>page.kind</c> in templates, and its layout's name.</summary>
    public required string Name { get; init; }

    /// <summary>For a kind read from its own input folder: the folder (<c>milepaele</c>). Its pages are at <c>/{folder}/{id}/</c>.</summary>
    public string? Folder { get; init; }

    /// <summary>How the kind's front matter is read; null for a generated kind.</summary>
    public FrontMatterReading? Reading { get; init; }

    /// <summary>For a page the build makes itself: its one address, title and summary.</summary>
    public GeneratedPage? Generated { get; init; }

    /// <summary>
    /// Where the pages of the kind sit in the main menu: each in the menu, only when its front
    /// matter gives a <c>nav_order</c>, or not at all.
    /// </summary>
    public NavigationEntry Navigation { get; init; }

    /// <summary>For a kind whose pages belong to a fixed page's menu entry and breadcrumb (roles under the organisation page).</summary>
    public (string Title, string Url)? Parent { get; init; }

    /// <summary>Whether the page's text is marked for the search index.</summary>
    public bool Searchable { get; init; } = true;

    public bool InSitemap { get; init; } = true;

    /// <summary>A relative estimate of the cost of rendering one page, so the biggest start first.</summary>
    public long RenderCost { get; init; } = 1;

    /// <summary>The layout that renders the kind's pages has the kind's name.</summary>
    public string Layout => Name;

    /// <summary>The URL of the page with this id, for a kind read from its own folder.</summary>
    public string UrlOf(string id) => $"{UrlSpace}{id}/";

    /// <summary>The URL every page of a folder kind starts with (<c>/milepaele/</c>).</summary>
    public string UrlSpace => Folder is null ? throw new InvalidOperationException($"{Name} has no folder of its own") : $"/{Folder}/";
}
