namespace Drejebog.Site.BrowserTests.Support;

/// <summary>The real <c>input/</c>, built once for the collection with its Pagefind index.</summary>
public sealed class SiteFixture : ServedSite
{
    protected override void Build() => SiteOutput.Build(RepositoryRoot.Input, OutputPath, search: true);
}

/// <summary>Tests that only read the real site share one build, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built site";
}
