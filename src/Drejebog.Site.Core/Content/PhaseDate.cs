using System.Globalization;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>
/// A date in a phase's front matter: the real date (for ordering and the phase plan) and the
/// reader's wording of it (<c>ca. 15. juni 2015</c>), with where the date is written.
/// </summary>
public sealed record PhaseDate(DateOnly Date, string Text, SourcePosition Position)
{
    // Our own names, so the wording never depends on the machine's cultures.
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>The date in the reader's words when the front matter gives none: <c>15. juni 2015</c>.</summary>
    public static string Wording(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)}. {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The date as <c>yyyy-MM-dd</c>, for <c>&lt;time datetime&gt;</c>.</summary>
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
