using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Turns a pipe table's column alignment (<c>|:--:|</c>) into the design system's
/// <c>align-text-*</c> classes. Markdig writes it as a <c>style</c> attribute, which the page's
/// Content-Security-Policy forbids, so an aligned column would otherwise fail the whole page.
/// </summary>
public static class TableAlignment
{
    public static void UseClasses(MarkdownDocument syntax)
    {
        foreach (var table in syntax.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    // The column Markdig's renderer would take the alignment from.
                    var index = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex, columns.Count - 1);
                    if (ClassFor(columns[index].Alignment) is { } alignClass)
                    {
                        cell.GetAttributes().AddClass(alignClass);
                    }
                }
            }
            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }

    private static string? ClassFor(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => "align-text-left",
        TableColumnAlign.Center => "align-text-center",
        TableColumnAlign.Right => "align-text-right",
        _ => null,
    };
}
