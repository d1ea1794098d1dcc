using Drejebog.Site.Html;

namespace Drejebog.Site.Tests.Html;

/// <summary>A page's body fitted into a section of the whole playbook: ids prefixed, headings moved down.</summary>
public sealed class SectionBodyTests
{
    [Fact]
    public void Every_id_gets_the_sections_anchor_in_front()
    {
        var html = SectionBody.Fit("<h2 id=\"mål\">Mål</h2><p id=\"a\">x <span id=\"b\">y</span></p>", "milepael-x", 0);

        Assert.Equal("<h2 id=\"milepael-x-mål\">Mål</h2><p id=\"milepael-x-a\">x <span id=\"milepael-x-b\">y</span></p>", html);
    }

    [Fact]
    public void Headings_move_down_by_the_shift_and_keep_their_attributes_and_content()
    {
        var html = SectionBody.Fit("<h2 id=\"a\" class=\"c\">A <em>b</em></h2><h3>C</h3>", "s", 2);

        Assert.Equal("<h4 id=\"s-a\" class=\"c\">A <em>b</em></h4><h5>C</h5>", html);
    }

    [Fact]
    public void Headings_never_go_below_h6()
    {
        Assert.Equal("<h6>A</h6><h6>B</h6>", SectionBody.Fit("<h5>A</h5><h6>B</h6>", "s", 2));
    }

    [Fact]
    public void Attributes_that_name_ids_are_left_as_written()
    {
        // A glossary link names its definition, which the whole playbook keeps under its own id.
        var html = SectionBody.Fit("<a href=\"/ordliste/x/\" aria-describedby=\"begreb-x\">x</a>", "s", 1);

        Assert.Equal("<a href=\"/ordliste/x/\" aria-describedby=\"begreb-x\">x</a>", html);
    }

    [Fact]
    public void An_empty_body_stays_empty() => Assert.Equal("", SectionBody.Fit("", "s", 1));
}
