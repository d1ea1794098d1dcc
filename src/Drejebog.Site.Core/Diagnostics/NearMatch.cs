namespace Drejebog.Site.Diagnostics;

/// <summary>
/// The known name a mistyped one most likely meant, for the "Mente du …?" in messages. Names are
/// compared without regard to case by optimal string alignment distance (Damerau–Levenshtein
/// where each character is edited at most once): inserting, deleting or changing a character,
/// or swapping two neighbours, costs one.
/// </summary>
public static class NearMatch
{
    /// <summary>No suggestion needs more edits than this, however long the name.</summary>
    public const int MaxDistance = 3;

    /// <summary>
    /// The candidate nearest to <paramref name="typed"/>, or null when none is within
    /// <see cref="Threshold"/>. Ties go to the candidate first in ordinal order, so the
    /// suggestion does not depend on the order the candidates come in.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var limit = Threshold(typed.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, typed, StringComparison.Ordinal))
            {
                continue;
            }
            var distance = Distance(typed, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>How many edits a name of this length may be off and still be suggested: a third of it, at least one and at most <see cref="MaxDistance"/>.</summary>
    public static int Threshold(int length) => Math.Clamp(length / 3, 1, MaxDistance);

    /// <summary>The optimal string alignment distance between two names, ignoring case.</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>The distance, or any number above <paramref name="limit"/> as soon as it is clear the distance is above it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return int.MaxValue;
        }
        // Three rows of the edit matrix: two back (for swaps), the previous and the current.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit)
            {
                return int.MaxValue;
            }
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length];
    }

    private static bool Same(char x, char y) => x == y || char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
