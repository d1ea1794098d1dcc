namespace Drejebog.Site.Content;

/// <summary>The settings in <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Organisation,
    string Repository,
    string Branch);
