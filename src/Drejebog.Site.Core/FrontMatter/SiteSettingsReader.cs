using Drejebog.Site.Content;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static class SiteSettingsReader
{
    public const string Owner = "sitets indstillinger";

    public static SiteSettings? Read(YamlMappingReader reader)
    {
        var title = reader.Text("title", required: true);
        var description = reader.Text("description", required: true);
        var baseUrl = reader.Text("base_url", required: true);
        var organisation = reader.Text("organisation", required: true);
        var repository = reader.Text("repository", required: true);
        var branch = reader.Text("branch", required: false) ?? "main";
        reader.Complete();

        if (reader.HasErrors || title is null || description is null || baseUrl is null || organisation is null || repository is null)
        {
            return null;
        }
        return new SiteSettings(title, description, baseUrl.TrimEnd('/'), organisation, repository.TrimEnd('/'), branch);
    }
}
