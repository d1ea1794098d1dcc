using System.Globalization;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// The seeded mutation suite: the real site corrupted in one small way per case (bytes, lines, YAML,
/// links, ids, files, templates), built through <c>drejebog build</c>, and checked against
/// <see cref="MutationInvariants"/>. Size and seed come from <see cref="MutationSettings"/>; a failure
/// names its case and the command that runs it alone.
/// </summary>
public sealed class MutationTests(MutationSite site) : IClassFixture<MutationSite>
{
    /// <summary>Read when xunit discovers the tests: <c>DREJEBOG_MUTATION</c> for one case, else the seeded series.</summary>
    public static TheoryData<string> Cases()
    {
        var cases = MutationSettings.Only is { } only
            ? [only]
            : MutationKinds.Cases(MutationSettings.Count, MutationSettings.Seed).Select(c => c.ToString());
        return [.. cases.Where(MutationSettings.RunsKind)];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mutated_site_is_reported_without_crash_hang_or_damage(string mutation)
    {
        var @case = MutationCase.Parse(mutation);
        var applied = @case.Apply(site.Original);

        var (run, problems) = site.Run(@case, applied);

        Assert.True(problems.Count == 0, string.Join('\n', [
            $"Mutation {@case}: {applied.Description}",
            .. problems.Select(problem => "  " + problem),
            $"  exit {run.Outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"} after {run.Outcome.Elapsed.TotalSeconds:0.0} s; diagnostics:",
            .. run.Diagnostics.Take(10).Select(d => "    " + d.Text),
            $"Reproduce: {@case.Reproduction}",
        ]));
    }
}
