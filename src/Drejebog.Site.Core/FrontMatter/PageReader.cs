using Drejebog.Site.Content;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads the front matter of an ordinary page (see docs/content-format.md).</summary>
public static class PageReader
{
    public const string Owner = "en side";

    public static PageInfo? Read(YamlMappingReader reader)
    {
        var title = reader.Text("title", required: true);
        var summary = reader.Text("summary", required: true);
        var layout = reader.OneOf("layout", ContentKinds.PageLayouts, ContentKinds.Page.Name);
        var navOrder = reader.WholeNumber("nav_order", required: false, minimum: 1);
        var navTitle = reader.Text("nav_title", required: false);
        var status = reader.Status();
        reader.Complete();

        if (reader.HasErrors || title is null || summary is null || layout is null)
        {
            return null;
        }
        return new PageInfo(title, summary, layout, navOrder?.Value, status, navTitle);
    }
}
