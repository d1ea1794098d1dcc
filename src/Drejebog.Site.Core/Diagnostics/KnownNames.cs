namespace Drejebog.Site.Diagnostics;

/// <summary>The known names a message lists when an unknown one has no near match: sorted, and cut short when there are many.</summary>
public static class KnownNames
{
    /// <summary>More names than this are cut short; the message is read in a terminal, one line per problem.</summary>
    public const int MaxListed = 15;

    /// <summary>The names in ordinal order, comma-separated, the first <see cref="MaxListed"/> of them followed by how many more there are.</summary>
    public static string List(IEnumerable<string> names)
    {
        var sorted = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", sorted.Take(MaxListed));
        return sorted.Count <= MaxListed
            ? listed
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, ErrorCodes.Lists.AndMore, listed, sorted.Count - MaxListed);
    }
}
