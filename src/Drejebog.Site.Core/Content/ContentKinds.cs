using Drejebog.Site.FrontMatter;

namespace Drejebog.Site.Content;

/// <summary>
/// The one table of page kinds: which folder is which kind, how its front matter is read, at
/// which URL it is, which layout renders it, and how search, the sitemap and the menu treat it.
/// A new kind of page is a row here, a layout in <c>theme/layouts/</c> and, if its layout needs
/// more than <c>site</c> and <c>page</c>, a view model (see docs/theme.md).
/// </summary>
public static class ContentKinds
{
    private static readonly FrontMatterReading PageReading = new(PageReader.Owner, PageReader.Read);

    // Ordinary pages: any Markdown file outside the kinds' own folders, at the URL of its path;
    // its front matter's `layout` picks one of these four.
    public static readonly ContentKind Page = new() { Name = "side", Reading = PageReading, Navigation = NavigationEntry.WhenNavOrder };

    public static readonly ContentKind FrontPage = new() { Name = "forside", Reading = PageReading, Navigation = NavigationEntry.WhenNavOrder, RenderCost = 3 };

    public static readonly ContentKind Organisation = new() { Name = "organisering", Reading = PageReading, Navigation = NavigationEntry.WhenNavOrder, RenderCost = 2 };

    // "Om drejebogen": an ordinary page with the phase plan (figure 1) above its text.
    public static readonly ContentKind About = new() { Name = "om", Reading = PageReading, Navigation = NavigationEntry.WhenNavOrder, RenderCost = 2 };

    public static readonly ContentKind Phase = new()
    {
        Name = "fase",
        Folder = "faser",
        Reading = new(PhaseReader.Owner, PhaseReader.Read),
        Navigation = NavigationEntry.Always,
        RenderCost = 3,
    };

    public static readonly ContentKind Milestone = new()
    {
        Name = "milepael",
        Folder = "milepaele",
        Reading = new(MilestoneReader.Owner, MilestoneReader.Read),
    };

    public static readonly ContentKind Role = new()
    {
        Name = "rolle",
        Folder = "roller",
        Reading = new(RoleReader.Owner, RoleReader.Read),
        Parent = ("Organisering", "/organisering/"),
        RenderCost = 2,
    };

    // A glossary term: its page explains it, and its first occurrence on every other page links there.
    public static readonly ContentKind Term = new()
    {
        Name = "begreb",
        Folder = "ordliste",
        Reading = new(TermReader.Owner, TermReader.Read),
        Parent = ("Ordliste", "/ordliste/"),
    };

    public static readonly ContentKind Overview = new()
    {
        Name = "oversigt",
        Generated = new("/milepaele/", "Milepæle", _ => "Alle drejebogens milepæle i én tabel med fase, leverancer og ansvarlige roller."),
        Navigation = NavigationEntry.Always,
        RenderCost = 4,
    };

    // The playbook's figure 4; its data is also written as CSV and JSON (AddResponsibilityMatrix).
    public static readonly ContentKind Matrix = new()
    {
        Name = "ansvarsmatrix",
        Generated = new("/ansvar/", "Roller og milepæle", _ => "Hvem gør hvad i hvilken milepæl: alle roller og milepæle i én tabel, også til download som CSV og JSON."),
        Navigation = NavigationEntry.Always,
        RenderCost = 4,
    };

    // Every term A–Å with its definition, each at an anchor of its id.
    public static readonly ContentKind Glossary = new()
    {
        Name = "ordliste",
        Generated = new("/ordliste/", "Ordliste", _ => "Drejebogens fagord og begreber forklaret kort, fra A til Å."),
        RenderCost = 2,
    };

    public static readonly ContentKind Search = new()
    {
        Name = "soeg",
        Generated = new("/soeg/", "Søg i drejebogen", site => $"Søg i {site.Title}."),
        // The search page and the error page are not results of a search.
        Searchable = false,
    };

    public static readonly ContentKind Progress = new()
    {
        Name = "fremskridt",
        Generated = new("/fremskridt/", "Dit fremskridt", _ => "Se, eksportér og importér de leverancer, du har krydset af i denne browser."),
    };

    // The team's own dates (issue 15): kept in the browser, shown on the phase plan, milestone and role pages.
    public static readonly ContentKind Plan = new()
    {
        Name = "plan",
        Generated = new("/plan/", "Jeres plan", _ => "Sæt kommunens navn, jeres startdato, fristerne for faserne og datoer for milepælene, så drejebogen viser jeres egne datoer."),
    };

    // The steering group's status report, made in the browser from the ticks and the team's plan.
    public static readonly ContentKind StatusReport = new()
    {
        Name = "statusrapport",
        Generated = new("/statusrapport/", "Statusrapport", _ => "En rapport til styregruppen om, hvor langt I er: faserne, milepælene de næste fire uger, det, der er overskredet, og de leverancer, der mangler. Klar til at udskrive eller gemme som PDF."),
    };

    // The whole playbook on one page in reading order, for reading on paper or as one PDF (issue 16).
    // Not searched: every word is on its own page already, which is the better hit.
    public static readonly ContentKind WholePlaybook = new()
    {
        Name = "hele-drejebogen",
        Generated = new("/hele-drejebogen/", "Hele drejebogen", _ => "Hele drejebogen på én side i læseordning – om drejebogen, organisering, faserne med deres milepæle, roller, bilag og ordliste – klar til at udskrive eller gemme som PDF fra browseren."),
        Searchable = false,
        RenderCost = 12,
    };

    // A status shared by link: the page has nothing of its own to show or find; the browser reads
    // the link's fragment (share-view.js), which never reaches the server.
    public static readonly ContentKind Shared = new()
    {
        Name = "delt",
        Generated = new("/del/", "Delt status", _ => "Se fremskridt og plan, som en kollega har delt med et link, og flet dem ind i dit eget fremskridt."),
        Searchable = false,
        InSitemap = false,
    };

    public static readonly ContentKind NotFound = new()
    {
        Name = "fejl404",
        Generated = new("/404.html", "Siden findes ikke", _ => "Siden findes ikke."),
        Searchable = false,
        InSitemap = false,
    };

    /// <summary>Every kind; the menu lists <see cref="NavigationEntry.Always"/> kinds in this order.</summary>
    public static readonly IReadOnlyList<ContentKind> All =
        [Page, FrontPage, Organisation, About, Phase, Milestone, Role, Term, Overview, Matrix, Glossary, Search, Progress, Plan, StatusReport, WholePlaybook, Shared, NotFound];

    private static readonly Dictionary<string, ContentKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The layouts an ordinary page may ask for in its front matter; the first is the default.</summary>
    public static readonly IReadOnlyList<string> PageLayouts = [.. All.Where(k => k.Reading == PageReading).Select(k => k.Name)];

    /// <summary>The kind with this name, or null (a document that failed before it had a kind).</summary>
    public static ContentKind? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>
    /// The kind whose front matter a Markdown file has: the kind of its folder, or an ordinary page
    /// (whose <c>layout</c> then picks among <see cref="PageLayouts"/>).
    /// </summary>
    public static ContentKind ForFile(string relativePath) =>
        FolderKindOf(relativePath) ?? Page;

    /// <summary>The kind whose own folder the file is in (<c>milepaele/x.md</c>), or null.</summary>
    public static ContentKind? FolderKindOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? null : All.FirstOrDefault(k => k.Folder is not null && string.Equals(k.Folder, relativePath[..slash], StringComparison.Ordinal));
    }

    /// <summary>The URL of an ordinary page: <c>index.md</c> → <c>/</c>, <c>bilag/fredericia.md</c> → <c>/bilag/fredericia/</c>.</summary>
    public static string PageUrlOf(string relativePath)
    {
        var path = relativePath[..^".md".Length];
        if (path == "index")
        {
            return "/";
        }
        if (path.EndsWith("/index", StringComparison.Ordinal))
        {
            path = path[..^"/index".Length];
        }
        return $"/{path}/";
    }

    /// <summary>The file a URL is written to, relative to the output folder: <c>/a/</c> → <c>a/index.html</c>, <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string OutputPathOf(string url) => url.EndsWith('/') ? $"{url.TrimStart('/')}index.html" : url.TrimStart('/');
}
