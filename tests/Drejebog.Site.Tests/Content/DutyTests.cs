using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Content;

/// <summary>
/// A role with several kinds of responsibility in one milestone is one entry (<see cref="Duty"/>):
/// one row on the milestone's and the role's page, its kinds joined in Danish. The baseline's
/// <c>1-02-plan.md</c> gives <c>programleder</c> the kind <c>udfører</c> at lines 11–13.
/// </summary>
public sealed class DutyTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Theory]
    [InlineData(new[] { "ansvarlig" }, "Ansvarlig")]
    [InlineData(new[] { "ansvarlig", "udfører" }, "Ansvarlig og udfører")]
    [InlineData(new[] { "ansvarlig", "udfører", "godkender" }, "Ansvarlig, udfører og godkender")]
    public void Kinds_join_as_one_danish_phrase(string[] ids, string expected) =>
        Assert.Equal(expected, ResponsibilityKind.Join([.. ids.Select(id => ResponsibilityKind.Find(id)!)]));

    [Fact]
    public void Second_kind_makes_one_row_with_the_kinds_in_the_vocabularys_order_and_both_notes()
    {
        var result = WithSecondKind("ansvarlig").Build();

        DiagnosticAssert.Clean(result);
        var milestone = Dom.Parse(result.Page("/milepaele/plan/")!);
        var row = Assert.Single(milestone.QuerySelectorAll("table.responsibilities tr"));
        Assert.Contains("Ansvarlig og udfører", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Skriver planen.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Står for planen.", row.TextContent, StringComparison.Ordinal);
        var role = Dom.Parse(result.Page("/roller/programleder/")!);
        var entry = Assert.Single(role.QuerySelectorAll("li"), li => li.QuerySelector("a")?.GetAttribute("href") == "/milepaele/plan/");
        Assert.Contains("Ansvarlig og udfører", entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_kind_twice_for_one_role_is_reported_at_the_second_role()
    {
        var result = WithSecondKind("udfører").Build();

        DiagnosticAssert.Only(result, Plan, 14, 11, ErrorCodes.DuplicateResponsibility, "programleder", "udfører", 11);
    }

    private static TestSite WithSecondKind(string kind) => TestSite.Minimal()
        .InsertLine(Plan, 14, "  - role: programleder")
        .InsertLine(Plan, 15, $"    kind: {kind}")
        .InsertLine(Plan, 16, "    note: Står for planen.");
}
