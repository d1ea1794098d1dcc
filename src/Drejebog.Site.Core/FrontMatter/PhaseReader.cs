using Drejebog.Site.Content;

namespace Drejebog.Site.FrontMatter;

/// <summary>Reads a phase's front matter (see docs/content-format.md).</summary>
public static class PhaseReader
{
    public const string Owner = "en fase";

    public static Phase? Read(YamlMappingReader reader)
    {
        var id = reader.Id("id", required: true);
        var number = reader.WholeNumber("number", required: true, minimum: 1);
        var title = reader.Text("title", required: true);
        var starts = reader.Date("starts", "starts_text", required: false);
        var ends = reader.Date("ends", "ends_text", required: true);
        var datesNote = reader.Text("dates_note", required: false);
        var summary = reader.Text("summary", required: true);
        var keyTasks = reader.TextList("key_tasks", required: true);
        var closing = reader.Text("closing", required: true);
        var tools = reader.Tools("tools");
        var status = reader.Status();
        reader.Complete();

        if (reader.HasErrors || id is null || number is null || title is null || ends is null || summary is null || closing is null)
        {
            return null;
        }
        return new Phase(id.Id, id.Position, number.Value.Value, title, starts, ends, datesNote, summary, keyTasks, closing, tools, status);
    }
}
