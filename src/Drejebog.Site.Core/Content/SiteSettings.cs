namespace Drejebog.Site.Content;

/// <summary>The settings in <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Organisation,
    string Repository,
    string Branch,
    string? AccessibilityStatement = null)
{
    /// <summary>
    /// Identifies the site in browser storage and exported progress files: the host of
    /// <c>base_url</c> in <c>site.yml</c>. Set once here, so <see cref="DeployedAt"/> leaves it alone.
    /// </summary>
    public string Id { get; private init; } = IdOf(BaseUrl);

    /// <summary>True when the site is built for another address than <c>site.yml</c>'s, such as a Netlify deploy preview.</summary>
    public bool IsOtherDeploy { get; private init; }

    /// <summary>
    /// The same site built for another address (<c>--base-url</c>): canonical links, the sitemap and
    /// robots.txt use <paramref name="baseUrl"/>; the site id stays the one from <c>site.yml</c>, so
    /// progress saved or exported on a preview is the same site's progress.
    /// </summary>
    public SiteSettings DeployedAt(string baseUrl)
    {
        var trimmed = baseUrl.TrimEnd('/');
        return trimmed == BaseUrl ? this : this with { BaseUrl = trimmed, IsOtherDeploy = true };
    }

    private static string IdOf(string baseUrl) => Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : baseUrl;
}
