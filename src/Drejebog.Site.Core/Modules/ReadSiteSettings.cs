using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Yaml;

namespace Drejebog.Site.Modules;

/// <summary>Reads <c>site.yml</c> into <see cref="SiteProducts.Settings"/>, for the address in <see cref="SiteSources.BaseUrl"/> when one is given.</summary>
public sealed class ReadSiteSettings : IModule
{
    public const string FileName = "site.yml";

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.Settings];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        products.Set(SiteProducts.Settings, Read(context));
        return documents;
    }

    private static SiteSettings? Read(BuildContext context)
    {
        var displayPath = context.InputPath(FileName);
        var file = context.Sources.InputFiles.FirstOrDefault(f => f.RelativePath == FileName);
        if (file is null)
        {
            context.Diagnostics.Error(displayPath, SourcePosition.Start, ErrorCodes.MissingSiteSettings);
            return null;
        }

        var text = file.Unreadable ? null : ReadInputFiles.Decode(file.Content, displayPath, context.Diagnostics);
        if (text is null)
        {
            return null;
        }
        var mapping = YamlLoader.Load(text, 1, displayPath, context.Diagnostics).Mapping;
        if (mapping is null)
        {
            return null;
        }
        var settings = SiteSettingsReader.Read(new YamlMappingReader(mapping, displayPath, 1, context.Diagnostics, SiteSettingsReader.Owner));
        return settings is not null && context.Sources.BaseUrl is { } baseUrl ? settings.DeployedAt(baseUrl) : settings;
    }
}
