using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Adds the theme's static files (our CSS and JS, dkfds' CSS, fonts and icons) to the output under
/// their content-hashed names (<see cref="Assets.AssetFingerprinter"/>, which ran while the content
/// was read), and reports what kept a file from being hashed.
/// </summary>
public sealed class CopyThemeAssets : IModule
{
    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.StaticFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var assets = context.Assets.GetAwaiter().GetResult();
        products.Add(SiteProducts.StaticFiles, assets.Files);
        foreach (var problem in assets.Problems)
        {
            var path = problem.File.SourcePath ?? context.ThemePath(problem.File.OutputPath);
            context.Diagnostics.Error(path, problem.Position, problem.Code, problem.Args);
        }
        foreach (var missing in context.Sources.MissingAssets)
        {
            context.Diagnostics.Error(context.ThemePath(missing), SourcePosition.Start, ErrorCodes.MissingAsset, missing);
        }
        return documents;
    }
}
