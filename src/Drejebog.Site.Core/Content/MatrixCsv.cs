using System.Globalization;
using System.Text;

namespace Drejebog.Site.Content;

/// <summary>
/// The roles × milestones matrix as CSV for spreadsheets, in the shape Danish Excel opens by
/// double-click: UTF-8 with a byte order mark (else Excel guesses Windows-1252 and garbles æøå),
/// <c>;</c> between fields (the Danish list separator), CRLF line ends, and RFC 4180 quoting.
/// </summary>
public static class MatrixCsv
{
    public const char Separator = ';';

    public static byte[] Write(ResponsibilityMatrix matrix)
    {
        var text = new StringBuilder();
        Line(text, ["Fase nr.", "Fase", "Nr. i fasen", "Milepæl", "Status", .. matrix.Roles.Select(r => r.Title)]);
        foreach (var phase in matrix.Phases)
        {
            foreach (var row in phase.Rows)
            {
                Line(text,
                [
                    phase.Phase.Number.ToString(CultureInfo.InvariantCulture),
                    phase.Phase.Title,
                    row.Milestone.Order.ToString(CultureInfo.InvariantCulture),
                    // "1.10" alone would become a date (1 October) in Danish Excel; with the title it stays text.
                    $"{row.Number} {row.Milestone.Title}",
                    row.IsDraft ? "udkast" : "udgivet",
                    .. row.Cells.Select(cell => cell?.KindsLabel ?? ""),
                ]);
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");
    }

    /// <summary>
    /// One field: quoted when it holds the separator, a quote or a line break, with quotes doubled;
    /// a leading <c>= + - @</c> gets an apostrophe, so a spreadsheet shows it as text instead of
    /// running it as a formula.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
