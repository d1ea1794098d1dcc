using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

/// <summary>
/// Schema errors in a milestone's front matter. Each test changes one line of the baseline's
/// <c>input/milepaele/1-02-plan.md</c> (see <see cref="MinimalSite"/>): line 1 is <c>---</c>,
/// line 2 <c>id: plan</c>, line 5 <c>order: 2</c>, line 12 <c>    kind: udfører</c>.
/// </summary>
public sealed class MilestoneReaderTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Fact]
    public void Missing_required_field_is_reported_at_the_start_of_the_front_matter()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 6, "summary: Planen er klar.", "").Build();

        DiagnosticAssert.Only(result, Plan, 2, 1, ErrorCodes.MissingField, "summary", MilestoneReader.Owner);
        Assert.Null(result.Page("/milepaele/plan/"));
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 5, "order: 2", "order: første").Build();

        DiagnosticAssert.Only(result, Plan, 5, 8, ErrorCodes.WrongType, "order", "et heltal på mindst 1");
    }

    [Fact]
    public void List_where_text_is_expected_is_a_wrong_type()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 3, "title: Planen er lagt", "title: [Planen, er, lagt]").Build();

        DiagnosticAssert.Only(result, Plan, 3, 8, ErrorCodes.WrongType, "title", "en tekst");
    }

    [Fact]
    public void Unknown_field_is_reported_at_the_key_with_the_allowed_fields()
    {
        var result = TestSite.Minimal().InsertLine(Plan, 6, "colour: blå").Build();

        DiagnosticAssert.Only(result, Plan, 6, 1, ErrorCodes.UnknownField, "colour",
            "deliverables, depends_on, id, order, phase, redirect_from, resources, responsibilities, status, summary, title");
    }

    [Fact]
    public void Unknown_field_in_a_list_item_names_the_item_fields()
    {
        // Line 9 is the deliverable's text; a misspelt key sits beside it.
        var result = TestSite.Minimal().InsertLine(Plan, 10, "    tekst: Planen er godkendt.").Build();

        DiagnosticAssert.Only(result, Plan, 10, 5, ErrorCodes.UnknownField, "tekst", "id, text");
    }

    [Fact]
    public void Invalid_id_is_reported_at_the_value()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 2, "id: plan", "id: Plan_Lagt").Build();

        DiagnosticAssert.Only(result, Plan, 2, 5, ErrorCodes.InvalidId, "Plan_Lagt");
    }

    [Theory]
    [InlineData("planen-er-lagt", true)]
    [InlineData("plan2", true)]
    [InlineData("planlægning", false)]
    [InlineData("-plan", false)]
    [InlineData("plan--lagt", false)]
    [InlineData("Plan", false)]
    [InlineData("plan lagt", false)]
    public void Ids_are_lowercase_ascii_slugs(string id, bool valid) =>
        Assert.Equal(valid, YamlMappingReader.IsValidId(id));

    [Fact]
    public void Unknown_responsibility_kind_is_reported_at_the_kind()
    {
        var result = TestSite.Minimal().ReplaceLine(Plan, 12, "    kind: udfører", "    kind: ejer").Build();

        DiagnosticAssert.Only(result, Plan, 12, 11, ErrorCodes.UnknownKind, "ejer", "ansvarlig, udfører, godkender, deltager");
    }

    [Fact]
    public void Status_outside_the_vocabulary_is_reported_at_the_value()
    {
        var result = TestSite.Minimal().InsertLine(Plan, 6, "status: færdig").Build();

        DiagnosticAssert.Only(result, Plan, 6, 9, ErrorCodes.InvalidValue, "status", "færdig", "udgivet, udkast");
    }

    [Fact]
    public void Empty_deliverables_list_is_reported_at_the_list()
    {
        var result = TestSite.Minimal()
            .ReplaceLine(Plan, 7, "deliverables:", "deliverables: []")
            .ReplaceLine(Plan, 8, "  - id: plan-godkendt", "")
            .ReplaceLine(Plan, 9, "    text: Planen er godkendt.", "")
            .Build();

        DiagnosticAssert.Only(result, Plan, 7, 15, ErrorCodes.EmptyList, "deliverables");
    }
}
