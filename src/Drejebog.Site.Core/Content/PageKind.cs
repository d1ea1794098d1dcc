namespace Drejebog.Site.Content;

/// <summary>The kinds of page the site has; each has a layout of the same name in <c>theme/layouts/</c>.</summary>
public static class PageKind
{
    public const string FrontPage = "forside";
    public const string Page = "side";
    public const string Organisation = "organisering";
    public const string Phase = "fase";
    public const string Milestone = "milepael";
    public const string Role = "rolle";
    public const string Overview = "oversigt";
    public const string Search = "soeg";
    public const string NotFound = "fejl404";
    public const string Progress = "fremskridt";

    /// <summary>Layouts an ordinary page may ask for in its front matter.</summary>
    public static readonly IReadOnlyList<string> PageLayouts = [Page, FrontPage, Organisation];
}
