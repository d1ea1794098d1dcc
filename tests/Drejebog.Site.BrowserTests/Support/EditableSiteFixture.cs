namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// A copy of the real <c>input/</c> in a temp folder, built and served, that a test may edit and
/// rebuild into the same served folder (no search index: nothing here searches).
/// </summary>
public sealed class EditableSiteFixture : ServedSite
{
    public string InputPath => Folder.Combine("input");

    protected override void Build()
    {
        Folder.CopyFrom(RepositoryRoot.Input, "input");
        Rebuild();
    }

    /// <summary>Builds the (edited) copy again into the folder the server serves.</summary>
    public void Rebuild() => SiteOutput.Build(InputPath, OutputPath, search: false);

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in an input file.</summary>
    public void Edit(string relativePath, string old, string replacement) =>
        InputEdit.ReplaceOnce(InputPath, relativePath, old, replacement);
}

/// <summary>Tests that change the content and rebuild; they get their own copy and server.</summary>
[CollectionDefinition(Name)]
public sealed class EditableSiteDefinition : ICollectionFixture<EditableSiteFixture>
{
    public const string Name = "Editable site";
}
