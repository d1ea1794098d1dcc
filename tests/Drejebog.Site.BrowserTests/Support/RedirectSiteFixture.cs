namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// The real <c>input/</c> with one former URL added to milestone 1.1, built and served as any host
/// would serve it (our server does not read Netlify's <c>_redirects</c>), so the HTML redirect page is what answers.
/// </summary>
public sealed class RedirectSiteFixture : ServedSite
{
    public const string FormerUrl = "/milepaele/gammel-start/";

    protected override void Build()
    {
        var input = Folder.CopyFrom(RepositoryRoot.Input, "input");
        var file = Path.Combine(input, Path.GetRelativePath(RepositoryRoot.Input, RealContent.First.File));
        var text = File.ReadAllText(file);
        const string Order = "\norder: 1\n";
        if (text.IndexOf(Order, StringComparison.Ordinal) is var at && (at < 0 || text.IndexOf(Order, at + 1, StringComparison.Ordinal) >= 0))
        {
            throw new InvalidOperationException($"`order: 1` is not in {file} exactly once.");
        }
        File.WriteAllText(file, text.Replace(Order, $"{Order}redirect_from: {FormerUrl}\n", StringComparison.Ordinal));
        SiteOutput.Build(input, OutputPath, search: false);
    }
}

/// <summary>Tests of the redirect page at a former URL; they get their own build and server.</summary>
[CollectionDefinition(Name)]
public sealed class RedirectSiteDefinition : ICollectionFixture<RedirectSiteFixture>
{
    public const string Name = "Site with a former URL";
}
