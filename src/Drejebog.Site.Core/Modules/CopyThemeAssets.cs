using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>Adds the theme's static files (our CSS and JS, dkfds' CSS, fonts and icons) to the output.</summary>
public sealed class CopyThemeAssets : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        context.StaticFiles.AddRange(context.Sources.Assets);
        foreach (var missing in context.Sources.MissingAssets)
        {
            context.Diagnostics.Error(context.ThemePath(missing), SourcePosition.Start, ErrorCodes.MissingAsset, missing);
        }
        return documents;
    }
}
