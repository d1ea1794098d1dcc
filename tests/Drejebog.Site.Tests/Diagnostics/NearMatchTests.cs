using System.Globalization;
using System.Reflection;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Tests.Diagnostics;

/// <summary>The near-match rule behind "Mente du …?", and the catalogue's texts for it.</summary>
public sealed class NearMatchTests
{
    [Theory]
    [InlineData("programleder", "programleder", 0)]
    [InlineData("Programleder", "programleder", 0)]
    [InlineData("programleer", "programleder", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("strat", "start", 1)]
    [InlineData("depend_on", "depends_on", 1)]
    [InlineData("programlederen", "programleder", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_counts_inserts_deletes_changes_and_neighbour_swaps_ignoring_case(string a, string b, int expected)
    {
        Assert.Equal(expected, NearMatch.Distance(a, b));
        Assert.Equal(expected, NearMatch.Distance(b, a));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 3)]
    [InlineData(40, NearMatch.MaxDistance)]
    public void Threshold_is_a_third_of_the_length_at_least_one_and_at_most_the_maximum(int length, int expected) =>
        Assert.Equal(expected, NearMatch.Threshold(length));

    [Theory]
    [InlineData("programleer", "programleder")]
    [InlineData("PROGRAMLEDER", "programleder")]
    [InlineData("programlederen", "programleder")]
    [InlineData("progamejer", "programejer")]
    public void Find_suggests_the_nearest_known_name(string typed, string expected) =>
        Assert.Equal(expected, NearMatch.Find(typed, ["programejer", "programleder", "projektleder", "systemejer"]));

    [Theory]
    [InlineData("chef")]
    [InlineData("borgmester")]
    [InlineData("leder")]
    [InlineData("x")]
    public void Find_suggests_nothing_when_every_known_name_is_too_far(string typed) =>
        Assert.Null(NearMatch.Find(typed, ["programejer", "programleder", "projektleder", "systemejer"]));

    [Fact]
    public void Find_breaks_ties_by_ordinal_order_whatever_order_the_candidates_come_in()
    {
        // "plan-b" is one edit from both.
        Assert.Equal("plan-a", NearMatch.Find("plan-b", ["plan-c", "plan-a"]));
        Assert.Equal("plan-a", NearMatch.Find("plan-b", ["plan-a", "plan-c"]));
    }

    [Fact]
    public void Find_prefers_the_nearer_name_over_the_first_in_order() =>
        Assert.Equal("planen", NearMatch.Find("planenn", ["plan", "planen"]));

    [Fact]
    public void Find_never_suggests_the_name_itself() =>
        Assert.Null(NearMatch.Find("plan", ["plan"]));

    [Fact]
    public void Find_never_allows_more_than_the_maximum_distance_on_long_names()
    {
        const string known = "/milepaele/samarbejde-med-fagomraader/";

        Assert.Equal(known, NearMatch.Find("/milepaele/samarbejde-m-fagomrader/", [known]));
        Assert.Null(NearMatch.Find("/milepaele/samarbejde-fagomrader/", [known]));
    }

    [Fact]
    public void Known_names_are_sorted_and_listed_in_full_up_to_the_limit()
    {
        Assert.Equal("a, b, c", KnownNames.List(["c", "a", "b", "a"]));
    }

    [Fact]
    public void Known_names_beyond_the_limit_are_counted_not_listed()
    {
        var names = Enumerable.Range(1, KnownNames.MaxListed + 5).Select(i => $"m{i:00}").ToList();

        var listed = string.Join(", ", names.Take(KnownNames.MaxListed));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, ErrorCodes.Lists.AndMore, listed, 5), KnownNames.List(names));
    }

    [Fact]
    public void Every_suggesting_message_has_the_code_of_a_catalogued_message_and_asks_mente_du()
    {
        var catalogued = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((ErrorCode)f.GetValue(null)!).Code).ToHashSet();
        var suggesting = typeof(ErrorCodes.DidYouMean).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (ErrorCode)f.GetValue(null)!).ToList();

        Assert.Equal(7, suggesting.Count);
        Assert.All(suggesting, c =>
        {
            Assert.Contains(c.Code, catalogued);
            Assert.EndsWith("?", c.Template, StringComparison.Ordinal);
            Assert.Contains("Mente du `", c.Template, StringComparison.Ordinal);
        });
        Assert.Equal(suggesting.Count, suggesting.Select(c => c.Code).Distinct().Count());
    }
}
