using Drejebog.Site.Tests.Robustness.Mutators;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>Every kind of mutation, and the seeded series of cases drawn from them.</summary>
public static class MutationKinds
{
    public static IReadOnlyList<MutationKind> All { get; } =
        [.. ByteMutators.All, .. LineMutators.All, .. YamlMutators.All, .. LinkMutators.All, .. IdMutators.All, .. FileMutators.All, .. ThemeMutators.All];

    public static MutationKind Named(string name) =>
        All.FirstOrDefault(kind => kind.Name == name) ?? throw new ArgumentException($"No mutation kind `{name}`; known: {string.Join(", ", All.Select(k => k.Name))}.", nameof(name));

    /// <summary>
    /// <paramref name="count"/> cases, every kind in turn so that a few hundred cover them all, each
    /// with its own seed drawn from <paramref name="seed"/>.
    /// </summary>
    public static IEnumerable<MutationCase> Cases(int count, int seed)
    {
        var seeds = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new MutationCase(All[i % All.Count].Name, seeds.Next());
        }
    }
}
