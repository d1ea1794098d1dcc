namespace Drejebog.Site.Content;

/// <summary>
/// Front matter of an ordinary page (front page, chapter pages, appendices). <paramref name="NavTitle"/>
/// is a shorter title for the main menu, which has to fit one row on a desktop.
/// </summary>
public sealed record PageInfo(string Title, string Summary, string Layout, int? NavOrder, ContentStatus Status, string? NavTitle = null) : IPageModel;
