namespace Drejebog.Site.Bench;

/// <summary>Median and nearest-rank percentiles of a sample.</summary>
internal static class Percentiles
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the sample at or below it.</summary>
    public static double Nearest(IReadOnlyCollection<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
