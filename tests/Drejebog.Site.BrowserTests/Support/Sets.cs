namespace Drejebog.Site.BrowserTests.Support;

internal static class Sets
{
    public static SortedSet<string> Of(params string[] items) => new(items, StringComparer.Ordinal);
}
