using System.Collections.Frozen;

namespace Drejebog.Site.Glossary;

/// <summary>
/// Finds the glossary's spellings in a text: whole words (Danish letters included), case ignored,
/// a space in a spelling matching any run of whitespace, the longest spelling first where two start
/// at the same place (<c>as is-billedet</c> before <c>as is</c>). Only the spellings that begin with
/// the character at a word's start are tried there, so a page's cost does not grow with the glossary.
/// </summary>
/// <remarks>
/// A hand-written scan rather than one regular expression of every spelling: the published generator
/// is compiled ahead of time, where such an expression runs in the interpreter, and that was a few
/// per cent of a large build (bench/README.md).
/// </remarks>
public sealed class GlossaryMatcher
{
    public static readonly GlossaryMatcher Empty = new([]);

    private readonly Dictionary<string, GlossarySpelling> byKey;

    // By the first character of their key: longest key first, then in ordinal order.
    private readonly FrozenDictionary<char, GlossarySpelling[]> byFirst;

    /// <param name="spellings">Every spelling of every term; no two may share a <see cref="GlossarySpelling.Key"/>.</param>
    public GlossaryMatcher(IEnumerable<GlossarySpelling> spellings)
    {
        byKey = spellings.ToDictionary(s => s.Key, StringComparer.Ordinal);
        byFirst = byKey.Values
            .Where(s => s.Key.Length > 0)
            .GroupBy(s => s.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyCollection<GlossarySpelling> Spellings => byKey.Values;

    /// <summary>Every occurrence of a spelling in <paramref name="text"/>, left to right, none overlapping.</summary>
    public IEnumerable<(int Index, int Length, GlossarySpelling Spelling)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if ((i == 0 || !IsWordCharacter(text[i - 1])) && byFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates)
                && Longest(text, i, candidates) is ({ } spelling, var end))
            {
                yield return (i, end - i, spelling);
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    // The first candidate written at `start` and followed by no letter or digit, and where it ends.
    private static (GlossarySpelling? Spelling, int End) Longest(string text, int start, GlossarySpelling[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (MatchEnd(text, start, candidate.Key) is var end and >= 0 && (end == text.Length || !IsWordCharacter(text[end])))
            {
                return (candidate, end);
            }
        }
        return (null, -1);
    }

    // Where `key` (case folded, single spaces) ends when written at `start`, or -1.
    private static int MatchEnd(string text, int start, string key)
    {
        var at = start;
        foreach (var expected in key)
        {
            if (expected == ' ')
            {
                if (at >= text.Length || !char.IsWhiteSpace(text[at]))
                {
                    return -1;
                }
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
            }
            else if (at < text.Length && char.ToLowerInvariant(text[at]) == expected)
            {
                at++;
            }
            else
            {
                return -1;
            }
        }
        return at;
    }

    // `\p{L}` and `\p{Nd}`, as the glossary has always counted word characters.
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c);
}
