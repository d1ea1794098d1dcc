namespace Drejebog.Site.Content;

/// <summary>
/// What a page is about: the typed front matter of a phase, milestone, role or ordinary page, or
/// <see cref="GeneratedPageModel"/> for a page the build makes itself. <c>Document.Model</c> holds it.
/// </summary>
public interface IPageModel
{
    string Title { get; }

    /// <summary>The page's own title (the browser's and the breadcrumb's); a phase's has its number.</summary>
    string PageTitle => Title;

    /// <summary>One or two sentences about the page; its meta description.</summary>
    string Summary { get; }

    ContentStatus Status { get; }

    /// <summary>The tools the front matter lists; their internal <c>url</c>s are checked as links at their lines.</summary>
    IReadOnlyList<Tool> LinkedTools => [];
}
