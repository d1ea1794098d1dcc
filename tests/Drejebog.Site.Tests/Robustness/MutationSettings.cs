using System.Globalization;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// How many mutations to run and from which seed, read from environment variables so CI runs a few
/// hundred and a developer can run thousands, or one case again (see README.md, "Robustness tests").
/// </summary>
internal static class MutationSettings
{
    public const string CountVariable = "DREJEBOG_MUTATIONS";
    public const string SeedVariable = "DREJEBOG_MUTATION_SEED";
    public const string OnlyVariable = "DREJEBOG_MUTATION";
    public const string KindsVariable = "DREJEBOG_MUTATION_KINDS";

    public const int DefaultCount = 300;
    public const int DefaultSeed = 20261130;

    /// <summary>
    /// A hang guard, not a speed test: one build of the real site takes well under a second, but a
    /// loaded CI machine once took more than 20 s over one, for a reason not known. A build that
    /// overruns is reported with its stacks (<see cref="HungBuildReport"/>).
    /// </summary>
    public static readonly TimeSpan BuildTimeLimit = TimeSpan.FromSeconds(60);

    public static int Count => Number(CountVariable, DefaultCount);

    public static int Seed => Number(SeedVariable, DefaultSeed);

    /// <summary>The one case to run (<c>kind:seed</c>), or null for the seeded series.</summary>
    public static string? Only => Environment.GetEnvironmentVariable(OnlyVariable) is { Length: > 0 } only ? only : null;

    /// <summary>
    /// Whether <c>DREJEBOG_MUTATION_KINDS</c> lets a case (<c>kind:seed</c>) run: a comma-separated list of
    /// kind-name prefixes to run (<c>yaml-,link-</c>) and, with a leading <c>-</c>, to leave out
    /// (<c>-yaml-deep-nesting</c>). Unset, every kind runs.
    /// </summary>
    public static bool RunsKind(string mutation)
    {
        var filters = (Environment.GetEnvironmentVariable(KindsVariable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var included = filters.Where(f => !f.StartsWith('-')).ToList();
        var excluded = filters.Where(f => f.StartsWith('-')).Select(f => f[1..]).ToList();
        return (included.Count == 0 || included.Any(prefix => mutation.StartsWith(prefix, StringComparison.Ordinal)))
            && !excluded.Any(prefix => mutation.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static int Number(string variable, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new InvalidOperationException($"{variable} must be a whole number, not `{text}`.");
    }
}
