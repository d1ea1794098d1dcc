using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drejebog.Site.Json;

/// <summary>
/// The data files the site publishes (<c>/data/*.json</c>), written as JSON trees: no reflection, so
/// the generator also runs compiled ahead of time, and each file's keys are spelled where it is made.
/// </summary>
public static class JsonData
{
    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(item => (JsonNode?)item)];

    /// <summary>A JSON array of the nodes <paramref name="make"/> gives for <paramref name="items"/>.</summary>
    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> make) => [.. items.Select(make)];

    /// <summary>A JSON object with a member for each of <paramref name="items"/>, in their order.</summary>
    public static JsonObject Members<T>(IEnumerable<T> items, Func<T, string> key, Func<T, JsonNode?> value)
    {
        var result = new JsonObject();
        foreach (var item in items)
        {
            result[key(item)] = value(item);
        }
        return result;
    }

    /// <summary>
    /// UTF-8 bytes of <paramref name="node"/>. Danish letters stay readable: the files are data for
    /// our own script and for download, never inserted into a page as HTML.
    /// </summary>
    public static byte[] ToUtf8(JsonNode node, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented }))
        {
            node.WriteTo(writer);
        }
        return buffer.ToArray();
    }
}
