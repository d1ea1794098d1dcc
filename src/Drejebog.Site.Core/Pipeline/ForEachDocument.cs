using Drejebog.Site.Diagnostics;

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
                try
                {
                    document = module.Apply(document, context);
                }
                catch (Exception error) when (error is not (OperationCanceledException or PageSinkException))
                {
                    // A bug of ours (or a library's) on one file must not end the build without a
                    // word: it becomes an error on that file, so the others are still reported
                    // and the previous output stays untouched.
                    context.Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.InternalError, module.GetType().Name, error.Message);
                    return document with { Failed = true };
                }
            }
            return document;
        });
    }
}
