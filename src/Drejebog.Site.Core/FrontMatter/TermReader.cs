using Drejebog.Site.Content;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads a glossary term's front matter (see docs/content-format.md).</summary>
public static class TermReader
{
    public const string Owner = "et begreb";

    public static Term? Read(YamlMappingReader reader)
    {
        var id = reader.Id("id", required: true);
        var title = reader.Text("title", required: true);
        var titlePosition = reader.ValuePosition("title") ?? reader.Position;
        var definition = reader.Text("definition", required: true);
        var variants = reader.TextItems("variants", "en tekst eller en liste af tekster");
        var links = reader.Tools("links");
        var status = reader.Status();
        reader.Complete();

        if (reader.HasErrors || id is null || title is null || definition is null)
        {
            return null;
        }
        return new Term(id.Id, id.Position, title, titlePosition, definition, variants, links, status);
    }
}
