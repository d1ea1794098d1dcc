using System.Text;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// A small RFC 4180 reader with <c>;</c> between fields, written for the tests so the CSV the build
/// writes is read back by code that is not the writer's.
/// </summary>
internal static class CsvReader
{
    public static List<string[]> Parse(string text, char separator = ';')
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "a quoted field never ends");
        Assert.True(row.Count == 0 && field.Length == 0, "the last line does not end with CRLF");
        return rows;
    }
}
