using System.Globalization;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// One seeded mutation: a kind from <see cref="MutationKinds"/> and the seed of its random choices.
/// Printed as <c>kind:seed</c>, which is also what <see cref="MutationSettings.OnlyVariable"/> takes to run it alone.
/// </summary>
public sealed record MutationCase(string Kind, int Seed)
{
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
