using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Specs;

public sealed class DocExampleSiteTests
{
    private const string Om = "input/om.md";

    [Fact]
    public void Fragment_replaces_the_fields_it_names_and_is_placed_after_the_rest_of_the_front_matter()
    {
        var fragment = new DocExample("doc.md", 1, Om, true, "title: Ny titel\nstatus: udkast\n", null, 0, 0);

        var (site, firstLine) = DocExampleSite.Apply(TestSite.Minimal(), fragment, []);

        Assert.Equal("---\nsummary: Hvad drejebogen er.\nnav_order: 2\ntitle: Ny titel\nstatus: udkast\n---\nDrejebogen beskriver et program.\n", site.Text(Om));
        Assert.Equal(4, firstLine);
    }

    [Fact]
    public void Fragment_goes_into_the_earlier_whole_file_example_with_its_path()
    {
        var whole = new DocExample("doc.md", 1, Om, false, "---\ntitle: Om\nsummary: Kort.\n---\nTekst.\n", null, 0, 0);
        var fragment = new DocExample("doc.md", 9, Om, true, "summary: Længere.\n", null, 0, 0);

        var (site, _) = DocExampleSite.Apply(TestSite.Minimal(), fragment, [whole]);

        Assert.Equal("---\ntitle: Om\nsummary: Længere.\n---\nTekst.\n", site.Text(Om));
    }
}
