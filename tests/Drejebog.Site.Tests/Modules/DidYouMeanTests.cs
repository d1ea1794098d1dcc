using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>
/// "Mente du …?" at every place an id, key or link is resolved (see <see cref="MinimalSite"/> for the
/// baseline's lines), and the full message when nothing known is near.
/// </summary>
public sealed class DidYouMeanTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";
    private const string About = "input/om.md";
    private const string Leader = "input/roller/programleder.md";

    [Fact]
    public void Mistyped_phase_suggests_the_phase()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 4, "phase: planlaegning", "phase: planlaegnig").Build();

        DiagnosticAssert.Only(result, Plan, 4, 8, ErrorCodes.DidYouMean.UnknownPhase, "planlaegnig", "planlaegning");
    }

    [Theory]
    [InlineData("programleer")]
    [InlineData("programlederen")]
    [InlineData("prgramleder")]
    public void Mistyped_role_in_a_responsibility_suggests_the_role(string typed)
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 11, "  - role: programleder", $"  - role: {typed}").Build();

        DiagnosticAssert.Only(result, Plan, 11, 11, ErrorCodes.DidYouMean.UnknownRole, typed, "programleder");
    }

    [Theory]
    [InlineData("reports_to")]
    [InlineData("member_of")]
    [InlineData("supports")]
    public void Mistyped_role_in_the_organisation_chart_suggests_the_role(string key)
    {
        var result = TestSite.Minimal().ReplaceLine(Leader, 6, "reports_to: programejer", $"{key}: programjer").Build();

        DiagnosticAssert.Only(result, Leader, 6, key.Length + 3, ErrorCodes.DidYouMean.UnknownRole, "programjer", "programejer");
    }

    [Fact]
    public void Mistyped_dependency_suggests_the_milestone()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 15, "  - start", "  - strat").Build();

        DiagnosticAssert.Only(result, Plan, 15, 5, ErrorCodes.DidYouMean.UnknownDependency, "strat", "start");
    }

    [Theory]
    [InlineData("titel: Planen")]
    [InlineData("Title: Planen")]
    public void Mistyped_front_matter_key_suggests_the_allowed_key(string line)
    {
        var result = TestSite.Minimal().InsertLine(Plan, 6, line).Build();

        DiagnosticAssert.Only(result, Plan, 6, 1, ErrorCodes.DidYouMean.UnknownField, line.Split(':')[0], "title");
    }

    [Fact]
    public void Mistyped_key_with_a_letter_missing_suggests_the_key()
    {
        var result = TestSite.Minimal().InsertLine(Plan, 6, "depend_on: [start]").Build();

        DiagnosticAssert.Only(result, Plan, 6, 1, ErrorCodes.DidYouMean.UnknownField, "depend_on", "depends_on");
    }

    [Fact]
    public void Mistyped_key_in_a_list_item_suggests_the_item_key()
    {
        // Line 9 is the deliverable's text; the misspelt key sits beside it.
        var result = TestSite.Minimal().InsertLine(Plan, 10, "    txet: Planen er godkendt.").Build();

        DiagnosticAssert.Only(result, Plan, 10, 5, ErrorCodes.DidYouMean.UnknownField, "txet", "text");
    }

    [Fact]
    public void Link_to_a_mistyped_markdown_file_suggests_the_file_as_written_from_the_linking_file()
    {
        var site = TestSite.Minimal().WithBody(Plan, "Se [rollen](../roller/programleer.md).");

        var result = site.Build();

        DiagnosticAssert.Only(result, Plan, site.LineOf(Plan, "Se [rollen]"), 4, ErrorCodes.DidYouMean.BrokenFileLink,
            "../roller/programleer.md", "../roller/programleder.md");
    }

    [Fact]
    public void Link_to_a_mistyped_page_suggests_the_page()
    {
        var site = TestSite.Minimal().WithBody(About, "Se [planen](/milepaele/plann/).");

        var result = site.Build();

        DiagnosticAssert.Only(result, About, site.LineOf(About, "Se [planen]"), 4, ErrorCodes.DidYouMean.BrokenPageLink,
            "/milepaele/plann/", "/milepaele/plan/");
    }

    [Fact]
    public void Link_to_a_mistyped_anchor_suggests_the_id_on_the_target_page()
    {
        var site = TestSite.Minimal().WithBody(About, "Se [leverancen](/milepaele/start/#leverance-start-besluted).");

        var result = site.Build();

        DiagnosticAssert.Only(result, About, site.LineOf(About, "Se [leverancen]"), 4, ErrorCodes.DidYouMean.BrokenAnchor,
            "leverance-start-besluted", "/milepaele/start/", "leverance-start-besluttet");
    }

    [Fact]
    public void Distant_role_lists_the_known_roles_instead()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 11, "  - role: programleder", "  - role: borgmester").Build();

        DiagnosticAssert.Only(result, Plan, 11, 11, ErrorCodes.UnknownRole, "borgmester", "programejer, programleder");
    }

    [Fact]
    public void Distant_phase_lists_the_known_phases_instead()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 4, "phase: planlaegning", "phase: drift").Build();

        DiagnosticAssert.Only(result, Plan, 4, 8, ErrorCodes.UnknownPhase, "drift", "planlaegning");
    }

    [Fact]
    public void Distant_dependency_gets_no_suggestion()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 15, "  - start", "  - budget").Build();

        DiagnosticAssert.Only(result, Plan, 15, 5, ErrorCodes.UnknownDependency, "budget");
    }

    [Fact]
    public void Distant_key_lists_the_allowed_keys_instead()
    {
        var result = TestSite.Minimal().InsertLine(About, 3, "farve: blå").Build();

        DiagnosticAssert.Only(result, About, 3, 1, ErrorCodes.UnknownField, "farve", "layout, nav_order, nav_title, redirect_from, status, summary, title");
    }

    [Fact]
    public void Distant_links_and_anchors_get_no_suggestion()
    {
        var site = TestSite.Minimal().WithBody(About, """
            Se [filen](bilag/budget.md).

            Se [siden](/kalender/).

            Se [afsnittet](/milepaele/start/#tidsplan).
            """);

        var result = site.Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error(About, site.LineOf(About, "Se [filen]"), 4, ErrorCodes.BrokenFileLink, "bilag/budget.md"),
            DiagnosticAssert.Error(About, site.LineOf(About, "Se [siden]"), 4, ErrorCodes.BrokenPageLink, "/kalender/"),
            DiagnosticAssert.Error(About, site.LineOf(About, "Se [afsnittet]"), 4, ErrorCodes.BrokenAnchor, "tidsplan", "/milepaele/start/"),
        ], result.Diagnostics);
    }
}
