namespace Drejebog.Site.Content;

/// <summary>The model of a page the build makes itself (overview, search …): it has no front matter, the title and summary its kind gives it.</summary>
public sealed record GeneratedPageModel(string Title, string Summary) : IPageModel
{
    public ContentStatus Status => ContentStatus.Published;
}
