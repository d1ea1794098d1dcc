namespace Drejebog.Site.Pipeline;

/// <summary>
/// A module whose work is per document: <see cref="Prepare"/> runs once with all documents, then
/// <see cref="Apply"/> runs for each document in parallel. Several such modules can share one
/// parallel pass with <see cref="ForEachDocument"/>, so a page goes through them while it is hot
/// in the cache and its intermediate text dies young.
/// </summary>
public abstract class DocumentModule : IModule
{
    /// <summary>Once per build, before any <see cref="Apply"/>; builds what all documents share.</summary>
    public virtual void Prepare(IReadOnlyList<Document> documents, BuildContext context)
    {
    }

    /// <summary>The work for one document; called from several threads at once.</summary>
    public abstract Document Apply(Document document, BuildContext context);

    /// <summary>A relative estimate of <see cref="Apply"/>'s cost, so the biggest documents start first.</summary>
    public virtual long Cost(Document document) => 1;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        new ForEachDocument(this).Execute(documents, context);
}
