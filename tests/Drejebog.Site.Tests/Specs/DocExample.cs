namespace Drejebog.Site.Tests.Specs;

/// <summary>
/// One fenced content example from a document, with what building it must give.
/// <see cref="ExpectedLine"/> counts from the example's first line, as a reader of the document sees it.
/// </summary>
internal sealed record DocExample(
    string Document,
    int DocumentLine,
    string Path,
    bool IsFragment,
    string Text,
    string? ExpectedCode,
    int ExpectedLine,
    int ExpectedColumn)
{
    /// <summary>Where the example starts, e.g. <c>docs/content-format.md:57</c>: the test case's name.</summary>
    public string Name => $"{Document}:{DocumentLine}";

    public override string ToString() => Name;
}
