namespace Drejebog.Site.Content;

/// <summary>A page with no source file, which the build makes for its kind.</summary>
/// <param name="Url">Its one address.</param>
/// <param name="Title">Its title (the menu's, the breadcrumb's and the browser's).</param>
/// <param name="Summary">Its meta description; "" makes it the site's.</param>
public sealed record GeneratedPage(string Url, string Title, Func<SiteSettings, string> Summary)
{
    public string OutputPath => ContentKinds.OutputPathOf(Url);
}
