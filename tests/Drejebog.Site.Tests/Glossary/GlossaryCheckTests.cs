using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Glossary;

/// <summary>What <c>check</c> says about the glossary: unused terms and variants warn, a spelling in two terms is an error.</summary>
public sealed class GlossaryCheckTests
{
    [Fact]
    public void A_term_no_other_page_uses_is_a_warning_at_its_id()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("exitstrategi", "exitstrategi", body: "Kun dens egen side nævner exitstrategi."))
            .Build();

        DiagnosticAssert.OnlyWarning(result, "input/ordliste/exitstrategi.md", 2, 5, ErrorCodes.TermNeverUsed, "exitstrategi");
    }

    [Fact]
    public void A_variant_no_page_uses_is_a_warning_at_the_variant()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("detailplan", "detailplan", ["detailplanen", "detajlplanen"]))
            .With("input/om.md", "---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nDetailplanen er klar.\n")
            .Build();

        DiagnosticAssert.OnlyWarning(result, "input/ordliste/detailplan.md", 5, 26, ErrorCodes.VariantNeverUsed, "detajlplanen");
    }

    [Fact]
    public void A_title_only_used_inflected_is_no_warning()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("detailplan", "detailplan", ["detailplanen"]))
            .With("input/om.md", "---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nDetailplanen er klar.\n")
            .Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void A_spelling_in_two_terms_is_an_error_at_the_second_naming_the_first()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("plan-a", "plan a", ["fælles plan"]))
            .With(MinimalSite.Term("plan-b", "plan b", ["Fælles  plan"]))
            .With("input/om.md", "---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nPlan a, plan b og en fælles plan.\n")
            .Build();

        DiagnosticAssert.Only(result, "input/ordliste/plan-b.md", 5, 12, ErrorCodes.SpellingInTwoTerms, "Fælles  plan", "plan-a", "input/ordliste/plan-a.md:5");
    }

    [Fact]
    public void Nothing_is_counted_while_another_page_has_errors_that_hide_its_text()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("governance", "governance"))
            .With("input/om.md", "---\ntitle: Om drejebogen\nsummary: [ikke lukket\n---\nOm governance.\n")
            .Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.TermNeverUsed.Code || d.Code == ErrorCodes.VariantNeverUsed.Code);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/om.md" && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_term_without_a_definition_is_reported_at_its_front_matter()
    {
        var result = TestSite.Minimal()
            .With("input/ordliste/governance.md", "---\nid: governance\ntitle: governance\n---\nTekst.\n")
            .Build();

        DiagnosticAssert.Only(result, "input/ordliste/governance.md", 2, 1, ErrorCodes.MissingField, "definition", "et begreb");
    }
}
