using Drejebog.Site.Content;

namespace Drejebog.Site.Build;

/// <summary>A cost estimate for rendering, so the biggest pages start first: list pages are far bigger than single milestones.</summary>
public static class PageCost
{
    public static long Of(Document document) => document.Kind switch
    {
        PageKind.Overview => 4,
        PageKind.Phase or PageKind.FrontPage => 3,
        PageKind.Role or PageKind.Organisation => 2,
        _ => 1,
    };
}
