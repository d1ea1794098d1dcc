namespace Drejebog.Site.Tests.Robustness;

/// <summary>The generator of the mutation suite: seeded, reproducible, and able to apply every kind to the real site.</summary>
public sealed class MutationKindsTests
{
    private static readonly Lazy<OriginalSite> Original = new(() => new OriginalSite(RepositoryRoot.Path));

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_the_same_mutations()
    {
        var first = MutationKinds.Cases(200, 7).ToList();
        var second = MutationKinds.Cases(200, 7).ToList();

        Assert.Equal(first, second);
        Assert.All(first, @case => Assert.Equal(Describe(@case), Describe(@case)));
        Assert.NotEqual(first, MutationKinds.Cases(200, 8).ToList());
    }

    [Fact]
    public void A_few_hundred_cases_cover_every_kind()
    {
        var kinds = MutationKinds.Cases(MutationSettings.DefaultCount, MutationSettings.DefaultSeed).Select(c => c.Kind).ToHashSet();

        Assert.Equal(MutationKinds.All.Select(k => k.Name).Order(), kinds.Order());
        Assert.Equal(MutationKinds.All.Count, MutationKinds.All.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void Every_kind_changes_the_site_for_many_seeds()
    {
        foreach (var kind in MutationKinds.All)
        {
            for (var seed = 0; seed < 50; seed++)
            {
                var mutation = new MutationCase(kind.Name, seed).Apply(Original.Value);
                Assert.NotEmpty(mutation.Edits);
                Assert.All(mutation.Edits, edit => Assert.True(
                    edit.LinkTarget is not null || !Original.Value.Contains(edit.Path) || edit.Content is null || !edit.Content.SequenceEqual(Original.Value.Bytes(edit.Path)),
                    $"{kind.Name}:{seed} leaves {edit.Path} as it was"));
            }
        }
    }

    [Fact]
    public void Cases_of_one_kind_spread_over_the_site()
    {
        var cases = MutationKinds.Cases(20 * MutationKinds.All.Count, MutationSettings.DefaultSeed).Where(c => c.Kind == "byte-flip").ToList();

        var files = cases.Select(c => c.Apply(Original.Value).Edits[0].Path).Distinct().Count();

        Assert.True(files >= 10, $"20 byte-flip cases changed only {files} different files");
    }

    [Fact]
    public void A_case_prints_as_kind_and_seed_and_parses_back()
    {
        var @case = new MutationCase("yaml-tab-indent", 1234);

        Assert.Equal("yaml-tab-indent:1234", @case.ToString());
        Assert.Equal(@case, MutationCase.Parse("yaml-tab-indent:1234"));
        Assert.Contains("DREJEBOG_MUTATION=yaml-tab-indent:1234", @case.Reproduction, StringComparison.Ordinal);
    }

    private static string Describe(MutationCase @case) =>
        @case.Apply(Original.Value).Description;
}
