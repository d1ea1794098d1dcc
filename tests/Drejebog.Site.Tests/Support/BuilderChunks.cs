using System.Text;

namespace Drejebog.Site.Tests.Support;

/// <summary>How a builder holds its text, for the tests that keep long pages off the large-object heap.</summary>
internal static class BuilderChunks
{
    /// <summary>85,000 bytes: from this size the runtime puts an array on the large-object heap.</summary>
    public const int LargeObjectBytes = 85_000;

    public static int Largest(StringBuilder builder)
    {
        var largest = 0;
        foreach (var chunk in builder.GetChunks())
        {
            largest = Math.Max(largest, chunk.Length);
        }
        return largest;
    }
}
