using System.Text.RegularExpressions;

namespace Drejebog.Site.Glossary;

/// <summary>
/// Finds the glossary's spellings in a text: whole words (Danish letters included), case ignored,
/// the longest spelling first where two start at the same place (<c>as is-billedet</c> before
/// <c>as is</c>). One compiled expression for all terms, so a page's cost does not grow with the glossary.
/// </summary>
public sealed class GlossaryMatcher
{
    public static readonly GlossaryMatcher Empty = new([]);

    private readonly Dictionary<string, GlossarySpelling> byKey;
    private readonly Regex? pattern;

    /// <param name="spellings">Every spelling of every term; no two may share a <see cref="GlossarySpelling.Key"/>.</param>
    public GlossaryMatcher(IEnumerable<GlossarySpelling> spellings)
    {
        byKey = spellings.ToDictionary(s => s.Key, StringComparer.Ordinal);
        if (byKey.Count == 0)
        {
            return;
        }
        // Longest first: .NET takes the first alternative that matches, not the longest.
        var alternatives = byKey.Keys
            .OrderByDescending(k => k.Length)
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape)));
        // Literal words and one `\s+` between them, no nested repetition: the time is linear in the text,
        // so no timeout, which would end the build with an exception instead of a message.
        pattern = new Regex(
            $@"(?<![\p{{L}}\p{{Nd}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{Nd}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            Regex.InfiniteMatchTimeout);
    }

    public IReadOnlyCollection<GlossarySpelling> Spellings => byKey.Values;

    /// <summary>Every occurrence of a spelling in <paramref name="text"/>, left to right, none overlapping.</summary>
    public IEnumerable<(int Index, int Length, GlossarySpelling Spelling)> Find(string text)
    {
        if (pattern is null)
        {
            yield break;
        }
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            yield return (match.Index, match.Length, byKey[GlossarySpelling.KeyOf(match.Value)]);
        }
    }
}
