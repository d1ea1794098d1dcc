using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>
/// The organisation chart's checks (see <see cref="MinimalSite"/>: <c>programejer</c>, order 1,
/// names no role and is the top; <c>programleder</c>, order 2, has <c>reports_to: programejer</c> on line 6).
/// </summary>
public sealed class CheckOrganisationChartTests
{
    private const string Owner = "input/roller/programejer.md";
    private const string Leader = "input/roller/programleder.md";

    [Fact]
    public void The_baseline_chart_is_clean_with_a_member_and_a_supporting_role()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Role("styregruppe", 3))
            .ReplaceLine("input/roller/styregruppe.md", 6, "reports_to: programleder", "member_of: programejer")
            .With(MinimalSite.Role("indkoeb", 4))
            .ReplaceLine("input/roller/indkoeb.md", 6, "reports_to: programleder", "supports: programleder")
            .With(MinimalSite.Milestone("ekstra", 3).Replace("role: programleder", "role: styregruppe").Replace("kind: udfører", "kind: deltager"))
            .With(MinimalSite.Milestone("indkoeb", 4).Replace("role: programleder", "role: indkoeb"))
            .Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void A_cycle_is_reported_once_at_its_first_role_naming_the_whole_cycle()
    {
        // programejer → programleder → programejer: nobody is left at the top.
        var result = TestSite.Minimal().InsertLine(Owner, 6, "reports_to: programleder").Build();

        DiagnosticAssert.Only(result, Owner, 6, 13, ErrorCodes.ChartCycle, "programejer → programleder → programejer");
    }

    [Fact]
    public void A_cycle_below_the_top_is_reported_at_the_first_of_its_roles_in_reading_order()
    {
        var site = TestSite.Minimal()
            .With(MinimalSite.Role("a", 3))
            .With(MinimalSite.Role("b", 4))
            .ReplaceLine("input/roller/a.md", 6, "reports_to: programleder", "reports_to: b")
            .ReplaceLine("input/roller/b.md", 6, "reports_to: programleder", "member_of: a");

        var result = site.Build();

        DiagnosticAssert.Only(result, "input/roller/a.md", 6, 13, ErrorCodes.ChartCycle, "a → b → a");
    }

    [Fact]
    public void A_role_that_names_itself_is_a_cycle()
    {
        var result = TestSite.Minimal().ReplaceLine(Leader, 6, "reports_to: programejer", "supports: programleder").Build();

        DiagnosticAssert.Only(result, Leader, 6, 11, ErrorCodes.ChartCycle, "programleder → programleder");
    }

    [Fact]
    public void A_second_role_without_a_place_is_missing_from_the_chart()
    {
        var result = TestSite.Minimal().ReplaceLine(Leader, 6, "reports_to: programejer", "experience: Lang.").Build();

        // programejer comes first in reading order, so it is the top; programleder is left out.
        DiagnosticAssert.Only(result, Leader, 2, 5, ErrorCodes.RoleNotInChart, "programleder", "programejer", Owner);
    }

    [Fact]
    public void Two_places_for_one_role_are_reported_at_the_second()
    {
        var result = TestSite.Minimal().InsertLine(Leader, 7, "member_of: programejer").Build();

        DiagnosticAssert.Only(result, Leader, 7, 12, ErrorCodes.TwoChartPlacements, "reports_to", "member_of");
    }

    [Theory]
    [InlineData("member_of: borgmester", 12)]
    [InlineData("supports: borgmester", 11)]
    public void An_unknown_role_in_member_of_or_supports_is_reported_at_its_value(string line, int column)
    {
        var result = TestSite.Minimal().ReplaceLine(Leader, 6, "reports_to: programejer", line).Build();

        DiagnosticAssert.Only(result, Leader, 6, column, ErrorCodes.UnknownRole, "borgmester", "programejer, programleder");
    }
}
