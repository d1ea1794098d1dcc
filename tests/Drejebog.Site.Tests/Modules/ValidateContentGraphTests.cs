using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>Checks across the whole graph (see <see cref="MinimalSite"/> for the baseline's lines).</summary>
public sealed class ValidateContentGraphTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Fact]
    public void Unknown_dependency_is_reported_at_the_list_item()
    {
        var result = TestSite.Minimal().InsertLine(Plan, 16, "  - findes-ikke").Build();

        DiagnosticAssert.Only(result, Plan, 16, 5, ErrorCodes.UnknownDependency, "findes-ikke");
    }

    [Fact]
    public void A_milestone_whose_yaml_is_broken_is_not_reported_again_by_those_that_depend_on_it()
    {
        const string start = "input/milepaele/1-01-start.md";
        var result = TestSite.Minimal()
            .ReplaceLine(start, 3, "title: Programmet er startet", "title: *ukendt")
            .With(MinimalSite.Milestone("a", 3, dependsOn: "start"))
            .With(MinimalSite.Milestone("b", 4, dependsOn: "start"))
            .Build();
        // plan, a and b depend on start; its id (line 2) was read before the error on line 3.

        DiagnosticAssert.Only(result, start, 3, 8, ErrorCodes.UndefinedAlias, "ukendt");
    }

    [Fact]
    public void A_milestone_whose_yaml_breaks_before_its_id_is_not_reported_again_by_those_that_depend_on_it()
    {
        const string start = "input/milepaele/1-01-start.md";
        var result = TestSite.Minimal().ReplaceLine(start, 2, "id: start", "\tid: start").Build();
        // Its id is unknown, so any milestone that does not exist might be this one.

        DiagnosticAssert.Only(result, start, 2, 1, ErrorCodes.TabIndentation);
    }

    [Fact]
    public void An_unknown_dependency_is_still_reported_while_another_milestone_is_broken()
    {
        const string start = "input/milepaele/1-01-start.md";
        var result = TestSite.Minimal()
            .ReplaceLine(start, 3, "title: Programmet er startet", "title: *ukendt")
            .InsertLine(Plan, 16, "  - findes-ikke")
            .Build();

        Assert.Equal(
            [DiagnosticAssert.Error(start, 3, 8, ErrorCodes.UndefinedAlias, "ukendt"), DiagnosticAssert.Error(Plan, 16, 5, ErrorCodes.UnknownDependency, "findes-ikke")],
            result.Diagnostics);
    }

    [Fact]
    public void Duplicate_deliverable_id_across_two_files_is_reported_at_the_later_milestone()
    {
        var site = TestSite.Minimal().With(MinimalSite.Milestone("opfoelgning", 3, deliverables: ["opfoelgning-holdt", "plan-godkendt"]));
        const string file = "input/milepaele/1-03-opfoelgning.md";

        var result = site.Build();

        // The second deliverable repeats the id of one in 1-02-plan.md.
        DiagnosticAssert.Only(result, file, site.LineOf(file, "- id: plan-godkendt"), 9, ErrorCodes.DuplicateDeliverable, "plan-godkendt", Plan);
    }

    [Fact]
    public void Dependency_cycle_is_reported_once_naming_the_whole_cycle()
    {
        var site = TestSite.Minimal()
            .With(MinimalSite.Milestone("a", 3, dependsOn: "b"))
            .With(MinimalSite.Milestone("b", 4, dependsOn: "c"))
            .With(MinimalSite.Milestone("c", 5, dependsOn: "a"));

        var result = site.Build();

        // Reading order is a, b, c: the cycle closes at c's `- a`.
        DiagnosticAssert.Only(result, "input/milepaele/1-05-c.md", site.LineOf("input/milepaele/1-05-c.md", "  - a"), 5, ErrorCodes.DependencyCycle, "a → b → c → a");
    }

    [Fact]
    public void Milestone_that_depends_on_itself_is_a_cycle()
    {
        var site = TestSite.Minimal().With(MinimalSite.Milestone("a", 3, dependsOn: "a"));

        var result = site.Build();

        DiagnosticAssert.Only(result, "input/milepaele/1-03-a.md", site.LineOf("input/milepaele/1-03-a.md", "  - a"), 5, ErrorCodes.DependencyCycle, "a → a");
    }

    [Fact]
    public void Duplicate_order_in_a_phase_is_reported_at_the_later_milestone()
    {
        var site = TestSite.Minimal().With(MinimalSite.Milestone("tidsplan", 2, dependsOn: "start"));

        var result = site.Build();

        // plan and tidsplan both have order 2; plan comes first by id.
        DiagnosticAssert.Only(result, "input/milepaele/1-02-tidsplan.md", site.LineOf("input/milepaele/1-02-tidsplan.md", "order: 2"), 8, ErrorCodes.DuplicateOrder, "planlaegning", 2, Plan);
    }

    [Fact]
    public void Page_with_the_url_of_another_is_reported()
    {
        var result = TestSite.Minimal().With("""
            -- input/om/index.md --
            ---
            title: Om igen
            summary: Samme adresse som om.md.
            ---
            """).Build();

        DiagnosticAssert.Only(result, "input/om/index.md", 1, 1, ErrorCodes.DuplicateUrl, "/om/", "input/om.md");
        var page = Assert.Single(result.Pages, p => p.Url == "/om/");
        Assert.Equal("input/om.md", page.DisplayPath);
    }
}
