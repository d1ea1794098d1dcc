namespace Drejebog.Site.Pipeline;

/// <summary>Runs several per-document modules in one parallel pass: each document goes through all of them in turn.</summary>
/// <remarks>Every module is prepared before the pass, so a later module's <c>Prepare</c> sees the documents as they were before it.</remarks>
public sealed class ForEachDocument(params DocumentModule[] modules) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        foreach (var module in modules)
        {
            module.Prepare(documents, context);
        }
        return ParallelDocuments.Map(documents, modules[0].Cost, document =>
        {
            foreach (var module in modules)
            {
                document = module.Apply(document, context);
            }
            return document;
        });
    }
}
