using System.Globalization;

namespace Drejebog.Site.Bench;

/// <summary>A plain-text table: the first <paramref name="leftAligned"/> columns (text) left-aligned, the others (numbers) right-aligned.</summary>
internal sealed class TextTable(int leftAligned, params string[] headings)
{
    private readonly List<string[]> rows = [];

    public void Row(params object[] cells) => rows.Add([.. cells.Select(Format)]);

    public void WriteTo(TextWriter writer)
    {
        var all = rows.Prepend(headings).ToList();
        var widths = Enumerable.Range(0, headings.Length).Select(c => all.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>Bytes with thin grouping (47 228), milliseconds with one decimal.</summary>
    private static string Format(object cell) => cell switch
    {
        long or int => string.Format(CultureInfo.InvariantCulture, "{0:#,0}", cell).Replace(',', ' '),
        double d when double.IsNaN(d) => "–",
        double d => d.ToString("0.0", CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
