using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>
/// The phases' dates: valid dates, a start on the first phase only, and in order. In the baseline
/// (<see cref="MinimalSite"/>) planlaegning has <c>starts: 2015-03-01</c> on line 5 and
/// <c>ends: 2015-06-15</c> on line 6; <see cref="MinimalSite.Phase"/> writes <c>ends</c> on line 5.
/// </summary>
public sealed class CheckPhaseDatesTests
{
    private const string First = "input/faser/planlaegning.md";
    private const string Second = "input/faser/indkoeb.md";

    private static TestSite TwoPhases() => TestSite.Minimal().With(MinimalSite.Phase("indkoeb", 2));

    [Fact]
    public void The_baseline_dates_are_in_order()
    {
        DiagnosticAssert.Clean(TwoPhases().Build());
    }

    [Theory]
    [InlineData("ends: 15. juni 2015", "15. juni 2015")]
    [InlineData("ends: 2015-02-30", "2015-02-30")]
    [InlineData("ends: 2015-6-15", "2015-6-15")]
    public void A_date_that_is_not_a_real_iso_date_is_reported_at_the_value(string line, string value)
    {
        var result = TestSite.Minimal().ReplaceLine(First, 6, "ends: 2015-06-15", line).Build();

        // `ends: ` is six characters, so the value starts in column 7.
        DiagnosticAssert.Only(result, First, 6, 7, ErrorCodes.InvalidDate, value, "ends_text");
    }

    [Fact]
    public void An_invalid_start_is_reported_at_its_value_with_the_starts_wording_key()
    {
        var result = TestSite.Minimal().ReplaceLine(First, 5, "starts: 2015-03-01", "starts: marts").Build();

        DiagnosticAssert.Only(result, First, 5, 9, ErrorCodes.InvalidDate, "marts", "starts_text");
    }

    [Theory]
    [InlineData("ends: 2015-02-01", "2015-02-01")]
    [InlineData("ends: 2015-03-01", "2015-03-01")]
    public void The_first_phase_must_end_after_it_starts(string line, string ends)
    {
        var result = TestSite.Minimal().ReplaceLine(First, 6, "ends: 2015-06-15", line).Build();

        DiagnosticAssert.Only(result, First, 6, 7, ErrorCodes.PhaseEndsBeforeStart, ends, "2015-03-01");
    }

    [Theory]
    [InlineData("ends: 2015-06-01", "2015-06-01")]
    [InlineData("ends: 2015-06-15", "2015-06-15")]
    public void A_later_phase_must_end_after_the_one_before_it(string line, string ends)
    {
        var result = TwoPhases().ReplaceLine(Second, 5, "ends: 2016-12-01", line).Build();

        DiagnosticAssert.Only(result, Second, 5, 7, ErrorCodes.PhaseEndsBeforePrevious, ends, "Fase 1: Planlægning", "2015-06-15", First);
    }

    [Fact]
    public void Phases_are_ordered_by_number_not_by_file()
    {
        // Phase 3 is read before phase 2 (a file name earlier in the alphabet) and ends before it.
        var result = TwoPhases().With(MinimalSite.Phase("drift", 3)).ReplaceLine("input/faser/drift.md", 5, "ends: 2017-12-01", "ends: 2016-11-30").Build();

        DiagnosticAssert.Only(result, "input/faser/drift.md", 5, 7, ErrorCodes.PhaseEndsBeforePrevious, "2016-11-30", "Fase 2: Fase indkoeb", "2016-12-01", Second);
    }

    [Fact]
    public void The_first_phase_needs_a_start()
    {
        var result = TestSite.Minimal().ReplaceLine(First, 5, "starts: 2015-03-01", "ends_text: ca. 15. juni 2015").Build();

        // Where the reader reports any missing field: the front matter's first line.
        DiagnosticAssert.Only(result, First, 2, 1, ErrorCodes.MissingField, "starts", "den første fase");
    }

    [Fact]
    public void Only_the_first_phase_may_have_a_start()
    {
        var result = TwoPhases().InsertLine(Second, 5, "starts: 2015-07-01").Build();

        DiagnosticAssert.Only(result, Second, 5, 9, ErrorCodes.StartsOnLaterPhase, 1);
    }

    [Fact]
    public void A_wording_without_its_date_is_reported_at_the_wording()
    {
        var result = TwoPhases().InsertLine(Second, 5, "starts_text: juli 2015").Build();

        DiagnosticAssert.Only(result, Second, 5, 14, ErrorCodes.MissingField, "starts", "en fase med `starts_text`");
    }

    [Fact]
    public void Dates_are_not_compared_while_a_phase_file_has_errors_of_its_own()
    {
        // Phase 2 cannot be read, so phase 3 (which ends before phase 1) is not compared with phase 1 as if it came next.
        var result = TwoPhases().With(MinimalSite.Phase("drift", 3))
            .ReplaceLine(Second, 5, "ends: 2016-12-01", "ends: snart")
            .ReplaceLine("input/faser/drift.md", 5, "ends: 2017-12-01", "ends: 2015-06-01")
            .Build();

        DiagnosticAssert.Only(result, Second, 5, 7, ErrorCodes.InvalidDate, "snart", "ends_text");
    }
}
