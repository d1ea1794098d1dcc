using System.Text;
using System.Text.Json;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>
/// Reads the theme's <c>assets.json</c>: a list of <c>{"from": …, "to": …}</c>, each a file or folder
/// in the dkfds package and where it is published under <c>assets/</c>. Both must be plain relative
/// paths (no <c>..</c>, no leading <c>/</c>, no <c>\</c>, no empty parts), so the map can neither
/// read outside the package nor write outside the output folder.
/// </summary>
public static class AssetMap
{
    public sealed record Mapping(string From, string To);

    /// <summary>The mappings, or the diagnostics (at <paramref name="display"/>, with line and column) that say why not.</summary>
    public static (List<Mapping> Mappings, List<Diagnostic> Problems) Parse(byte[] bytes, string display)
    {
        var json = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        var mappings = new List<Mapping>();
        var problems = new List<Diagnostic>();
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw Wrong(json, reader.TokenStartIndex, "filen er ikke en liste");
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Wrong(json, reader.TokenStartIndex, "en post er ikke et objekt");
                }
                var start = reader.TokenStartIndex;
                string? from = null, to = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!.ToLowerInvariant();
                    reader.Read();
                    if (name is not ("from" or "to"))
                    {
                        reader.Skip();
                        continue;
                    }
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw Wrong(json, reader.TokenStartIndex, $"`{name}` er ikke en tekst");
                    }
                    var value = reader.GetString()!;
                    if (!IsPlainRelativePath(value))
                    {
                        var (line, column) = JsonPosition.Of(json, reader.TokenStartIndex);
                        problems.Add(new Diagnostic(display, line, column, Severity.Error, ErrorCodes.UnsafeAssetPath.Code, ErrorCodes.UnsafeAssetPath.Format(name, value)));
                    }
                    (from, to) = name == "from" ? (value, to) : (from, value);
                }
                if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
                {
                    throw Wrong(json, start, "en post mangler `from` eller `to`");
                }
                mappings.Add(new Mapping(from, to));
            }
            reader.Read();
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            var column = (int)(error.BytePositionInLine ?? 0) + 1;
            return ([], [new Diagnostic(display, line, column, Severity.Error, ErrorCodes.InvalidAssetMap.Code, ErrorCodes.InvalidAssetMap.Format(error.Message))]);
        }
        return problems.Count == 0 ? (mappings, problems) : ([], problems);
    }

    /// <summary>Relative, inside: no <c>..</c> or <c>.</c> parts, no empty parts (<c>//</c>, leading or trailing <c>/</c>), no backslash, no NUL.</summary>
    public static bool IsPlainRelativePath(string path) =>
        path.Length > 0
        && !path.Contains('\\') && !path.Contains('\0')
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static JsonException Wrong(byte[] json, long index, string reason)
    {
        var (line, column) = JsonPosition.Of(json, index);
        return new JsonException(reason, null, line - 1, column - 1);
    }
}
