using Drejebog.Site.Diagnostics;
using Drejebog.Site.Templates;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Templates;

/// <summary>
/// A layout rendered into a builder and handed to the base layout as it is gives the same page as
/// the layout rendered to a string, and a long page never needs a chunk as large as a large object.
/// </summary>
public sealed class RenderedHtmlTests
{
    private const string Main = "{% for i in (1..4000) %}<p class=\"x\">{{ i }} {{ title }}</p>{% endfor %}";
    private const string Base = "<main>{{ content_main | raw }}</main>{{- content_main|raw -}}{{ plain | raw }}";

    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["title"] = "Æbler & <pærer> \"🍐\"",
        ["plain"] = "<b>fed</b>",
    };

    private static TemplateLibrary Library()
    {
        var diagnostics = new DiagnosticBag();
        var library = TemplateLibrary.Load(new Dictionary<string, string>
        {
            [TemplateLibrary.LayoutPath("hoved")] = Main,
            [TemplateLibrary.LayoutPath(TemplateLibrary.BaseLayout)] = Base,
        }, path => path, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return library;
    }

    [Fact]
    public void The_base_layout_around_rendered_html_is_the_page_it_is_around_the_same_html_as_a_string()
    {
        var library = Library();
        var asString = library.Render("hoved", Variables);
        var asBuilder = library.RenderToBuilder("hoved", Variables);

        Assert.Equal(asString, asBuilder.ToString());
        var fromString = library.Render(TemplateLibrary.BaseLayout, new Dictionary<string, object?>(Variables) { ["content_main"] = asString });
        var fromBuilder = library.Render(TemplateLibrary.BaseLayout, new Dictionary<string, object?>(Variables) { ["content_main"] = new RenderedHtml(asBuilder) });

        Assert.Equal(fromString, fromBuilder);
        Assert.Contains("Æbler &amp; &lt;pærer&gt;", fromBuilder, StringComparison.Ordinal);
        Assert.EndsWith("</main>" + asString + "<b>fed</b>", fromBuilder, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_rendered_layout_is_kept_in_chunks_below_the_large_object_size()
    {
        var html = Library().RenderToBuilder("hoved", Variables);

        Assert.True(html.Length > 200_000, $"{html.Length} characters");
        var largest = BuilderChunks.Largest(html);
        Assert.True(largest * sizeof(char) < BuilderChunks.LargeObjectBytes, $"a chunk of {largest} characters");
    }

    [Theory]
    [InlineData("{% comment %}{{ content_main }}{% endcomment %}{% # content_main %}")]
    [InlineData("{% raw %}{{ content_main }}{% endraw %}<!-- content_main --><div class=\"content_main\">{{ 'content_main' }}</div>")]
    [InlineData("{{- content_main|raw -}}{{ page.content_main }}")]
    public void Content_main_in_comments_raw_blocks_strings_text_and_as_a_member_is_not_a_use(string layout)
    {
        var diagnostics = new DiagnosticBag();
        TemplateLibrary.Load(new Dictionary<string, string> { [TemplateLibrary.LayoutPath(TemplateLibrary.BaseLayout)] = layout }, path => path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public async Task Raw_passes_rendered_html_on_as_it_is_and_makes_other_values_unencoded_strings()
    {
        var library = Library();
        Assert.True(library.Options.Filters.TryGetValue("raw", out var raw));
        var rendered = new RenderedHtml(new System.Text.StringBuilder("<p>x</p>"));
        var context = new Fluid.TemplateContext(library.Options);

        Assert.Same(rendered, await raw(rendered, Fluid.FilterArguments.Empty, context));
        var plain = await raw(new Fluid.Values.StringValue("<b>"), Fluid.FilterArguments.Empty, context);
        Assert.Equal(("<b>", false), (plain.ToStringValue(), ((Fluid.Values.StringValue)plain).Encode));
    }

    [Theory]
    [InlineData("{{ content_main | raw | size }}", 1, 4)]
    [InlineData("<main>\n{{ content_main }}</main>", 2, 4)]
    [InlineData("{% if content_main != '' %}{{ content_main | raw }}{% endif %}", 1, 7)]
    public void A_base_layout_that_uses_content_main_otherwise_than_through_raw_is_reported_there(string layout, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        TemplateLibrary.Load(new Dictionary<string, string> { [TemplateLibrary.LayoutPath(TemplateLibrary.BaseLayout)] = layout }, path => path, diagnostics);

        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((TemplateLibrary.LayoutPath(TemplateLibrary.BaseLayout), line, column), (problem.Path, problem.Line, problem.Column));
        Assert.Contains("{{ content_main | raw }}", problem.Message, StringComparison.Ordinal);
    }
}
