using System.Text;
using System.Text.Json;

namespace Drejebog.Site.Output;

/// <summary>
/// Reads <c>dependencies</c> from the theme's <c>package.json</c>: each package with the one exact
/// version it is pinned to. Whatever is wrong is told with the line and column to fix.
/// </summary>
public static class PinnedVersions
{
    /// <summary>The pins, or the 1-based place and the reason the file cannot be read.</summary>
    public static (List<(string Name, string Version)>? Pins, (int Line, int Column, string Reason)? Problem) Parse(byte[] bytes)
    {
        var json = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        var pins = new List<(string Name, string Version)>();
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, At(json, reader.TokenStartIndex, "filen skal være et JSON-objekt"));
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                if (property != "dependencies")
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return (null, At(json, reader.TokenStartIndex, "`dependencies` skal være et objekt med hver pakkes navn og version, fx `{\"dkfds\": \"11.2.0\"}`"));
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return (null, At(json, reader.TokenStartIndex, $"versionen af `{name}` skal være en tekst, fx \"11.2.0\""));
                    }
                    pins.Add((name, reader.GetString()!));
                }
            }
            // Anything after the object is an error too; the reader throws on it.
            reader.Read();
            return (pins, null);
        }
        catch (JsonException error)
        {
            return (null, ((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1, $"filen er ikke gyldig JSON ({error.Message})"));
        }
    }

    private static (int Line, int Column, string Reason) At(byte[] json, long index, string reason)
    {
        var (line, column) = JsonPosition.Of(json, index);
        return (line, column, reason);
    }
}
