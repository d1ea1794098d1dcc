using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class RenderTemplatesTests
{
    private const string Plan = "input/milepaele/1-02-plan.md";

    [Fact]
    public void Front_matter_values_are_html_encoded_on_every_page()
    {
        var result = TestSite.Minimal()
            .ReplaceLine(Plan, 3, "title: Planen er lagt", "title: <script>alert(1)</script>")
            .ReplaceLine(Plan, 6, "summary: Planen er klar.", "summary: <script>alert(2)</script> & <b>fed</b>")
            .ReplaceLine(Plan, 9, "    text: Planen er godkendt.", "    text: <script>alert(3)</script>")
            .ReplaceLine(Plan, 13, "    note: Skriver planen.", "    note: \"<img src=x onerror=alert(4)>\"")
            .Build();

        DiagnosticAssert.Clean(result);
        var html = result.Page("/milepaele/plan/")!.Html;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(3)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(4)&gt;", html, StringComparison.Ordinal);
        // The title is also on the phase page, the overview, the role page and start's "Er forudsætning for".
        Assert.All(result.Pages, page => Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal));
        Assert.All(result.Pages, page => Assert.Empty(Dom.Parse(page).QuerySelectorAll("script, main b, img")));
        Assert.Equal("1.2 <script>alert(1)</script>", Dom.Parse(html).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Milestone_pages_link_to_what_they_depend_on_and_back()
    {
        var result = TestSite.Minimal().Build();

        var start = Dom.Parse(result.Page("/milepaele/start/")!);
        var plan = Dom.Parse(result.Page("/milepaele/plan/")!);
        Assert.Equal(["/milepaele/start/"], Dom.HrefsUnderHeading(plan, "Forudsætter"));
        Assert.Empty(Dom.HrefsUnderHeading(plan, "Er forudsætning for"));
        Assert.Empty(Dom.HrefsUnderHeading(start, "Forudsætter"));
        Assert.Equal(["/milepaele/plan/"], Dom.HrefsUnderHeading(start, "Er forudsætning for"));
    }

    [Fact]
    public void Milestone_number_is_phase_number_dot_order()
    {
        var result = TestSite.Minimal().Build();

        Assert.Equal("1.2 Planen er lagt", Dom.Parse(result.Page("/milepaele/plan/")!).QuerySelector("h1")!.TextContent);
        Assert.Equal(["/milepaele/start/", "/milepaele/plan/"], Dom.Hrefs(Dom.Parse(result.Page("/faser/planlaegning/")!), "ol.milestones"));
    }

    [Fact]
    public void Role_page_lists_the_duties_the_milestones_give_it()
    {
        var result = TestSite.Minimal().Build();

        var role = Dom.Parse(result.Page("/roller/programleder/")!);
        Assert.Equal(["/milepaele/plan/"], Dom.Hrefs(role, "main ul"));
        Assert.Contains("Udfører", role.QuerySelector("main ul")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("udkast", true)]
    [InlineData("udgivet", false)]
    public void Draft_status_shows_the_draft_notice(string status, bool notice)
    {
        var result = TestSite.Minimal().InsertLine(Plan, 6, $"status: {status}").Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(notice, Dom.Parse(result.Page("/milepaele/plan/")!).QuerySelector(".draft-notice") is not null);
        Assert.Null(Dom.Parse(result.Page("/milepaele/start/")!).QuerySelector(".draft-notice"));
    }

    [Fact]
    public void Main_menu_has_the_pages_with_nav_order_the_phases_and_the_overviews()
    {
        var result = TestSite.Minimal().Build();

        Assert.Equal(["/", "/faser/planlaegning/", "/milepaele/", "/ansvar/", "/om/"],
            Dom.Hrefs(Dom.Parse(result.Page("/soeg/")!), "nav.menu"));
    }

    [Fact]
    public void Nav_title_is_the_page_s_title_in_the_menu_and_only_there()
    {
        var result = TestSite.Minimal().InsertLine("input/om.md", 5, "nav_title: Om").Build();

        DiagnosticAssert.Clean(result);
        var menu = Dom.Parse(result.Page("/soeg/")!).QuerySelector("nav.menu")!;
        Assert.Equal("Om", menu.QuerySelector("a[href='/om/']")!.TextContent);
        Assert.Contains("Om drejebogen", Dom.Parse(result.Page("/om/")!).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Nav_title_must_be_text()
    {
        var result = TestSite.Minimal().InsertLine("input/om.md", 5, "nav_title: [Om]").Build();

        DiagnosticAssert.Only(result, "input/om.md", 5, 12, ErrorCodes.WrongType, "nav_title", "en tekst");
    }

    [Fact]
    public void Missing_layout_is_reported()
    {
        var result = TestSite.Minimal().Without("theme/layouts/rolle.liquid").Build();

        DiagnosticAssert.Only(result, "theme/layouts/rolle.liquid", 1, 1, ErrorCodes.MissingTemplate, "layouts/rolle.liquid");
        Assert.Empty(result.Pages);
    }

    [Fact]
    public void Liquid_syntax_error_is_reported_in_the_template_file()
    {
        var result = TestSite.Minimal().With("""
            -- theme/layouts/fejl404.liquid --
            <h1>Siden findes ikke</h1>
            {% if page.title %}
            <p>Ingen endif.</p>
            """).Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme/layouts/fejl404.liquid", ErrorCodes.TemplateError.Code), (diagnostic.Path, diagnostic.Code));
        Assert.StartsWith(ErrorCodes.TemplateError.Format(""), diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>{{ page.titel }}</p>", "theme/layouts/fejl404.liquid", 2, 12, "titel")]
    [InlineData("<p>{{ pagee.title }}</p>", "theme/layouts/fejl404.liquid", 2, 7, "pagee")]
    [InlineData("{% render 'lead', tekst: page.title %}", "theme/partials/lead.liquid", 1, 20, "text")]
    public void Misspelt_variable_is_reported_where_it_is_written(string line, string path, int lineNumber, int column, string name)
    {
        var result = TestSite.Minimal().With($"""
            -- theme/layouts/fejl404.liquid --
            <h1>Siden findes ikke</h1>
            {line}
            """).Build();

        DiagnosticAssert.Only(result, path, lineNumber, column, ErrorCodes.TemplateError,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, ErrorCodes.TemplateErrorDetails.UndefinedVariable, name, "/404.html"));
    }

    [Fact]
    public void Optional_partial_parameter_left_out_is_false()
    {
        var result = TestSite.Minimal().With("""
            -- theme/partials/lead.liquid --
            {%- optional note -%}
            <p class="lead">{{ text }}{% if note %} ({{ note }}){% endif %}</p>
            """).Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal("Planen er klar.", Dom.Parse(result.Page("/milepaele/plan/")!).QuerySelector("p.lead")!.TextContent);
    }
}
