namespace Drejebog.Site.Content;

/// <summary>The settings in <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Organisation,
    string Repository,
    string Branch)
{
    /// <summary>Identifies the site in browser storage and exported progress files: the host of <see cref="BaseUrl"/>.</summary>
    public string Id => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : BaseUrl;
}
