using Drejebog.Site.Html;

namespace Drejebog.Site.Tests.Html;

public sealed class WrittenIdsTests
{
    private static List<string> Ids(string html)
    {
        var found = new List<string>();
        foreach (var id in new WrittenIds(html))
        {
            found.Add(id);
        }
        return found;
    }

    [Fact]
    public void Every_id_attribute_is_read_in_order_and_decoded()
    {
        var html = """<main id="main"><h2 id="m&#xE5;l">Mål</h2><p class="x" id="">tom</p><h2 id="mål">Mål</h2></main>""";

        Assert.Equal(["main", "mål", "", "mål"], Ids(html));
    }

    [Fact]
    public void Attributes_that_only_end_in_id_are_not_ids()
    {
        Assert.Empty(Ids("""<div data-id="a" aria-describedby="b" xid="c">"""));
    }

    [Fact]
    public void An_id_without_its_closing_quote_ends_the_reading()
    {
        Assert.Equal(["a"], Ids("""<p id="a"><p id="b>"""));
    }
}
