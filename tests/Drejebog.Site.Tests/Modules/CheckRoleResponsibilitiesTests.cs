using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>Every role has at least one responsibility in a milestone.</summary>
public sealed class CheckRoleResponsibilitiesTests
{
    private static readonly string Role = MinimalSite.Role("tovholder", 3, "Tovholderen nævnes ikke i nogen milepæl.");

    [Fact]
    public void A_role_without_responsibilities_is_reported_at_its_id()
    {
        var result = TestSite.Minimal().With(Role).Build();

        // Only this message, although no page links to the role either: one mistake, one message.
        DiagnosticAssert.Only(result, "input/roller/tovholder.md", 2, 5, ErrorCodes.RoleWithoutResponsibilities, "tovholder");
    }

    [Fact]
    public void A_role_that_only_others_report_to_still_needs_a_responsibility()
    {
        // programejer's only responsibility is in `start`; programleder reports to it.
        var result = TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-01-start.md", 11, "  - role: programejer", "  - role: programleder")
            .Build();

        DiagnosticAssert.Only(result, "input/roller/programejer.md", 2, 5, ErrorCodes.RoleWithoutResponsibilities, "programejer");
    }

    [Fact]
    public void Nothing_is_reported_while_the_site_has_other_errors_that_could_be_the_cause()
    {
        // A misspelt role leaves the intended role without responsibilities; the misspelling is the one message.
        var result = TestSite.Minimal()
            .ReplaceLine("input/milepaele/1-01-start.md", 11, "  - role: programejer", "  - role: programejr")
            .Build();

        DiagnosticAssert.Only(result, "input/milepaele/1-01-start.md", 11, 11, ErrorCodes.DidYouMean.UnknownRole, "programejr", "programejer");
    }
}
