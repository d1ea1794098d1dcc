using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>References between files and duplicate ids (see <see cref="MinimalSite"/> for the baseline's lines).</summary>
public sealed class BuildContentGraphTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Fact]
    public void Unknown_phase_is_reported_at_the_phase()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 4, "phase: planlaegning", "phase: drift").Build();

        DiagnosticAssert.Only(result, Plan, 4, 8, ErrorCodes.UnknownPhase, "drift", "planlaegning");
    }

    [Fact]
    public void Unknown_role_is_reported_at_the_role()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 11, "  - role: programleder", "  - role: chef").Build();

        DiagnosticAssert.Only(result, Plan, 11, 11, ErrorCodes.UnknownRole, "chef", "programejer, programleder");
    }

    [Fact]
    public void Unknown_reports_to_is_reported_in_the_role_file()
    {
        const string role = "input/roller/programleder.md";
        var result = TestSite.Minimal().ReplaceLine(role, 6, "reports_to: programejer", "reports_to: borgmester").Build();

        DiagnosticAssert.Only(result, role, 6, 13, ErrorCodes.UnknownRole, "borgmester", "programejer, programleder");
    }

    [Fact]
    public void A_role_file_with_errors_is_not_reported_again_as_an_unknown_role()
    {
        const string role = "input/roller/programleder.md";
        var result = TestSite.Minimal().ReplaceLine(role, 4, "order: 2", "order: anden").Build();

        // One mistake, one message: milestones that name the broken role are not blamed for it.
        DiagnosticAssert.Only(result, role, 4, 8, ErrorCodes.WrongType, "order", "et heltal på mindst 1");
    }

    [Fact]
    public void A_role_file_whose_yaml_breaks_before_its_id_is_not_reported_again_as_an_unknown_role()
    {
        const string role = "input/roller/programleder.md";
        var result = TestSite.Minimal().ReplaceLine(role, 2, "id: programleder", "id: *programleder").Build();

        // The id is unknown, so milestones naming any unknown role might mean this one.
        DiagnosticAssert.Only(result, role, 2, 5, ErrorCodes.UndefinedAlias, "programleder");
    }

    [Fact]
    public void Duplicate_milestone_id_is_reported_in_the_second_file()
    {
        var result = TestSite.Minimal().With(MinimalSite.Milestone("plan", 3, file: "input/milepaele/1-03-plan-igen.md")).Build();

        DiagnosticAssert.Only(result, "input/milepaele/1-03-plan-igen.md", 2, 5, ErrorCodes.DuplicateId, "plan", $"milepælen i {Plan}");
        // The first file keeps the URL; the second is not built.
        var page = Assert.Single(result.Pages, p => p.Url == "/milepaele/plan/");
        Assert.Equal(Plan, page.DisplayPath);
    }

    [Fact]
    public void Duplicate_phase_number_is_reported()
    {
        var result = TestSite.Minimal().With(MinimalSite.Phase("indkoeb", 1)).Build();

        DiagnosticAssert.Only(result, "input/faser/planlaegning.md", 2, 5, ErrorCodes.DuplicatePhaseNumber, 1, "input/faser/indkoeb.md");
    }
}
