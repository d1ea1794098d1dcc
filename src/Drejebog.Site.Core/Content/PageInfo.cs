namespace Drejebog.Site.Content;

/// <summary>Front matter of an ordinary page (front page, chapter pages, appendices).</summary>
public sealed record PageInfo(string Title, string Summary, string Layout, int? NavOrder, ContentStatus Status) : IPageModel;
