using System.Security.Cryptography;

namespace Drejebog.Site.Assets;

/// <summary>Content hashes in file names: <c>css/site.css</c> becomes <c>css/site.3f9a1c2b.css</c>.</summary>
public static class ContentHash
{
    /// <summary>Hex digits of the SHA-256 kept in a name: 32 bits, as Vite and esbuild use.</summary>
    public const int Length = 8;

    public static string Of(ReadOnlySpan<byte> content) => Hex(SHA256.HashData(content));

    public static string Of(Stream content) => Hex(SHA256.HashData(content));

    /// <summary>
    /// Inserts <paramref name="hash"/> before the extension of the last segment of a path or
    /// URL path, leaving folders (and any escaping in them) as they are.
    /// </summary>
    public static string Insert(string path, string hash)
    {
        var nameStart = path.LastIndexOf('/') + 1;
        var dot = path.LastIndexOf('.');
        return dot > nameStart ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest, 0, Length / 2);
}
