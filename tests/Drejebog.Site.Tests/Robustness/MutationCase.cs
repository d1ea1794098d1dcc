using System.Globalization;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// One seeded mutation: a kind from <see cref="MutationKinds"/> and the seed of its random choices.
/// Printed as <c>kind:seed</c>, which is also what <see cref="MutationSettings.OnlyVariable"/> takes to run it alone.
/// </summary>
public sealed record MutationCase(string Kind, int Seed)
{
    /// <summary>
    /// The random source of this case's choices. The seed is scrambled first: <see cref="System.Random"/>'s
    /// first values follow its seed closely, so cases of one kind would otherwise pick the same files.
    /// </summary>
    public Random Random()
    {
        var mixed = (uint)Seed + 0x9E3779B97F4A7C15UL;
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
        return new Random((int)((mixed ^ (mixed >> 31)) & int.MaxValue));
    }

    /// <summary>What this case does to the site; the same every time.</summary>
    public Mutation Apply(OriginalSite site) => MutationKinds.Named(Kind).Apply(site, Random());

    public override string ToString() => $"{Kind}:{Seed.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The command that runs this case and nothing else.</summary>
    public string Reproduction =>
        $"{MutationSettings.OnlyVariable}={this} dotnet test tests/Drejebog.Site.Tests --filter \"FullyQualifiedName~Robustness.MutationTests\"";

    public static MutationCase Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            throw new ArgumentException($"`{text}` is not a mutation; write kind:seed, e.g. yaml-tab:12345.", nameof(text));
        }
        return new MutationCase(text[..colon], seed);
    }
}
