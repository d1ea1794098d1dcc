using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>A module of the site's pipelines: over <see cref="Document"/>s, with the <see cref="BuildContext"/>.</summary>
public interface IModule : IModule<Document, BuildContext>
{
}
