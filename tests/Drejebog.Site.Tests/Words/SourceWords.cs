using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Drejebog.Site.Tests.Words;

/// <summary>
/// Words as the copy check compares them: lower case, letters and digits only; every other
/// character (space, line break, punctuation, Markdown syntax) separates words. So "to be-billedet",
/// "to-be-billedet" and "To be billedet" are the same three words.
/// </summary>
internal static class SourceWords
{
    /// <summary>How many consecutive words shared with the source count as copied.</summary>
    public const int WindowSize = 12;

    /// <summary>Hex digits kept of each window's SHA-256: 64 bits, so a chance match is out of the question.</summary>
    private const int HashLength = 16;

    public static IEnumerable<string> Split(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>The fingerprint of one window: a truncated SHA-256 of its words joined by spaces.</summary>
    public static string Hash(IEnumerable<string> window)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', window)));
        return Convert.ToHexStringLower(bytes)[..HashLength];
    }

    /// <summary>The fingerprint of every window of <see cref="WindowSize"/> consecutive words in a text.</summary>
    public static HashSet<string> Windows(string text)
    {
        var words = Split(text).ToList();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + WindowSize <= words.Count; i++)
        {
            hashes.Add(Hash(words.Skip(i).Take(WindowSize)));
        }
        return hashes;
    }
}
