using System.Text;

namespace Drejebog.Site.Html;

/// <summary>
/// Appends text to a builder in pieces no longer than its own chunks (8,000 characters): one long
/// append would give the builder a chunk that size, and past about 42,000 characters that chunk is
/// a large object, whose heap fills up into a full collection.
/// </summary>
internal static class SmallChunks
{
    private const int Piece = 8_000;

    public static StringBuilder AppendInPieces(this StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (text.Length > Piece)
        {
            builder.Append(text[..Piece]);
            text = text[Piece..];
        }
        return builder.Append(text);
    }
}
