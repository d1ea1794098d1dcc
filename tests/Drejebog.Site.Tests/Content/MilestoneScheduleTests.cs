using Drejebog.Site.Content;

namespace Drejebog.Site.Tests.Content;

public sealed class MilestoneScheduleTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Theory]
    [InlineData(1, 4, "2026-01-04")] // 10 days / 4 = 2.5, rounded up at the half
    [InlineData(2, 4, "2026-01-06")]
    [InlineData(3, 4, "2026-01-09")] // 7.5 → 8
    [InlineData(4, 4, "2026-01-11")]
    public void Spread_rounds_halves_up_as_the_browser_does_and_ends_on_the_deadline(int k, int n, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MilestoneSchedule.Spread(Start, new DateOnly(2026, 1, 11), k, n));
    }
}
