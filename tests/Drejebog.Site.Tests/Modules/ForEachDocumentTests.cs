using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class ForEachDocumentTests
{
    private static readonly ModuleProducts NoProducts = new ProductStore().For("test", [], []);

    [Fact]
    public void A_module_that_throws_on_one_file_becomes_an_error_on_that_file_and_the_others_go_on()
    {
        var context = new BuildContext(TestSite.Minimal().ToSources(), IBuildProgress.None);
        Document[] documents =
        [
            new() { RelativePath = "a.md", DisplayPath = "input/a.md", Url = "/a/" },
            new() { RelativePath = "b.md", DisplayPath = "input/b.md", Url = "/b/" },
        ];

        var result = new ForEachDocument<Document, BuildContext>(new ThrowsOn("input/a.md"), new Marks()).Execute(documents, context, NoProducts);

        var diagnostic = Assert.Single(context.Diagnostics.ToSortedList());
        Assert.Equal(("input/a.md", 1, 1, ErrorCodes.InternalError.Code), (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Code));
        Assert.Contains(nameof(ThrowsOn), diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("uventet", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Single(d => d.Url == "/a/").Failed);
        var other = result.Single(d => d.Url == "/b/");
        Assert.False(other.Failed);
        Assert.Equal("mærket", other.Html);
    }

    [Fact]
    public void A_page_the_sink_cannot_store_ends_the_build_instead_of_becoming_an_error_on_the_page()
    {
        var context = new BuildContext(TestSite.Minimal().ToSources(), IBuildProgress.None);
        Document[] documents = [new() { RelativePath = "a.md", DisplayPath = "input/a.md", Url = "/a/" }];
        var full = new PageSinkException("a/index.html", new IOException("No space left on device"));

        var error = Assert.ThrowsAny<Exception>(() => new ForEachDocument<Document, BuildContext>(new Throws(full)).Execute(documents, context, NoProducts));

        Assert.Same(full, PageSinkException.Find(error));
        Assert.Empty(context.Diagnostics.ToSortedList());
    }

    private sealed class Throws(Exception error) : DocumentModule
    {
        public override Document Apply(Document document, BuildContext context) => throw error;
    }

    private sealed class ThrowsOn(string path) : DocumentModule
    {
        public override Document Apply(Document document, BuildContext context) =>
            document.DisplayPath == path ? throw new InvalidOperationException("uventet") : document;
    }

    private sealed class Marks : DocumentModule
    {
        public override Document Apply(Document document, BuildContext context) => document with { Html = "mærket" };
    }
}
