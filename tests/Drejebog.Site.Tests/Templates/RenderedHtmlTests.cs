using Drejebog.Site.Diagnostics;
using Drejebog.Site.Templates;

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
        // 85,000 bytes is where the runtime puts an array on the large-object heap.
        var largest = 0;
        foreach (var chunk in html.GetChunks())
        {
            largest = Math.Max(largest, chunk.Length);
        }
        Assert.True(largest * sizeof(char) < 85_000, $"a chunk of {largest} characters");
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
