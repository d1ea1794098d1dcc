namespace Drejebog.Site.Output;

/// <summary>The 1-based line and column (in bytes, as <see cref="System.Text.Json.JsonException"/> counts) of a token in UTF-8 JSON.</summary>
internal static class JsonPosition
{
    public static (int Line, int Column) Of(byte[] json, long index)
    {
        var before = json.AsSpan(0, (int)Math.Min(index, json.Length));
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, before.Length - lineStart + 1);
    }
}
