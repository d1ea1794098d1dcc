using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>A mistake in the theme is reported once, where it is written, and never as an internal error on every page.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void A_partial_that_does_not_parse_is_one_error_at_its_line_and_no_page_is_rendered()
    {
        var result = TestSite.Minimal().With("""
            -- theme/partials/lead.liquid --
            <p class="lead">
            {% if text %}{{ text }}
            """).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme/partials/lead.liquid", 2, 24, ErrorCodes.TemplateError.Code), (error.Path, error.Line, error.Column, error.Code));
        Assert.Empty(result.Pages);
    }

    [Fact]
    public void An_unknown_filter_in_a_partial_is_reported_at_the_filter()
    {
        var result = TestSite.Minimal().With("""
            -- theme/partials/lead.liquid --
            <p class="lead">{{ text | findes_ikke }}</p>
            """).Build();

        DiagnosticAssert.Only(result, "theme/partials/lead.liquid", 1, 27, ErrorCodes.UnknownFilter, "findes_ikke");
    }

    [Fact]
    public void A_missing_partial_is_reported_at_the_render_tag()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/fremskridt.liquid --
            <h1>Dit fremskridt</h1>
            {% render 'findes-ikke' %}
            """).Build();

        DiagnosticAssert.Only(result, "theme/layouts/fremskridt.liquid", 2, 12, ErrorCodes.MissingTemplate, "partials/findes-ikke.liquid");
    }

    [Fact]
    public void Pipes_in_strings_raw_blocks_and_comments_are_not_filters()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/fremskridt.liquid --
            <h1>{{ 'a | b' | upcase }}</h1>
            {% raw %}{{ x | ikke_et_filter }}{% endraw %}
            {% comment %}{{ x | heller_ikke }}{% endcomment %}
            """).Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void A_failure_while_rendering_is_one_error_at_the_layout_not_one_per_page()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/milepael.liquid --
            <h1>{{ milestone.title }} {{ 1 | divided_by: 0 }}</h1>
            """).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme/layouts/milepael.liquid", ErrorCodes.TemplateError.Code), (error.Path, error.Code));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.InternalError.Code);
    }

    [Fact]
    public void A_runaway_loop_stops_with_an_error_at_the_layout()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/fremskridt.liquid --
            <h1>Dit fremskridt</h1>
            {% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}
            """).Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme/layouts/fremskridt.liquid", ErrorCodes.TemplateError.Code), (error.Path, error.Code));
        Assert.Contains("maximum", error.Message, StringComparison.Ordinal);
    }
}
