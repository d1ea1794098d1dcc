namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>Seeded choices, so that a case's seed decides every one of them.</summary>
internal static class Pick
{
    public static T One<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A zero-based line index from <paramref name="first"/> to <paramref name="last"/> whose text matches.</summary>
    public static int? Line(this Random random, List<string> lines, int first, int last, Func<string, bool> matches)
    {
        var candidates = Enumerable.Range(first, Math.Max(0, last - first + 1)).Where(i => matches(lines[i])).ToList();
        return candidates.Count == 0 ? null : random.One(candidates);
    }

    /// <summary>A top-level <c>key: value</c> line with a value on it (zero-based), within the YAML lines.</summary>
    public static bool IsTopLevelScalar(string line) =>
        line.Length > 0 && line[0] is not (' ' or '-' or '#') && line.IndexOf(": ", StringComparison.Ordinal) > 0;

    public static bool IsTopLevelKey(string line) =>
        line.Length > 0 && line[0] is not (' ' or '-' or '#') && line.Contains(':', StringComparison.Ordinal);
}
