using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>A per-document module of the site's pipelines (<see cref="DocumentModule{TDocument, TContext}"/>).</summary>
public abstract class DocumentModule : DocumentModule<Document, BuildContext>
{
}
