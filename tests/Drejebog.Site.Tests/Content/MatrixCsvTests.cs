using System.Text;
using Drejebog.Site.Content;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Content;

/// <summary>The matrix's CSV quotes what a spreadsheet would otherwise split or run, and reads back unchanged.</summary>
public sealed class MatrixCsvTests
{
    [Theory]
    [InlineData("Plan", "Plan")]
    [InlineData("Plan; budget", "\"Plan; budget\"")]
    [InlineData("Den \"gode\" plan", "\"Den \"\"gode\"\" plan\"")]
    [InlineData("to\nlinjer", "\"to\nlinjer\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-1", "'-1")]
    public void Field_is_quoted_or_guarded_where_needed(string value, string expected) =>
        Assert.Equal(expected, MatrixCsv.Field(value));

    [Fact]
    public void Title_with_a_semicolon_and_quotes_survives_a_round_trip_through_the_built_csv()
    {
        const string Title = "Plan; \"den store\" plan";
        var result = TestSite.Minimal().ReplaceLine("input/milepaele/1-02-plan.md", 3, "title: Planen er lagt", $"title: '{Title}'").Build();

        DiagnosticAssert.Clean(result);
        var bytes = Assert.Single(result.Files, f => f.OutputPath == AddResponsibilityMatrix.CsvPath).Content!;
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Fase nr.", "Fase", "Nr. i fasen", "Milepæl", "Status", "Programejer", "Programleder"], rows[0]);
        Assert.Equal(["1", "Planlægning", "2", $"1.2 {Title}", "udgivet", "", "Udfører"], rows[2]);
    }

    [Fact]
    public void The_minimal_site_has_a_matrix_page_with_a_cell_per_role()
    {
        var result = TestSite.Minimal().Build();

        var page = Dom.Parse(result.Page("/ansvar/")!);
        var rows = page.QuerySelectorAll("table.matrix tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal([["A Ansvarlig", ""], ["", "U Udfører"]], rows);
    }
}
