using System.Collections.Concurrent;
using Drejebog.Site.Build;
using Drejebog.Site.Modules;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>Writing is a module of its own: <see cref="ProcessHtml"/> only rewrites, <see cref="WritePages"/> hands finished pages to the sink.</summary>
public sealed class WritePagesTests
{
    private static readonly ModuleProducts NoProducts = new ProductStore().For("test", [], []);

    [Fact]
    public void A_build_with_a_sink_writes_each_page_once_with_the_html_a_build_in_memory_keeps()
    {
        var site = TestSite.Minimal();
        var sink = new RecordingSink();

        var written = SiteBuilder.Build(site.ToSources(), sink: sink);
        var inMemory = site.Build();

        Assert.True(written.Succeeded);
        Assert.Equal(inMemory.Pages.Select(p => (p.OutputPath, p.Html)).Order(), sink.Pages.Select(p => (p.Key, p.Value)).Order());
        Assert.All(written.Pages, page => Assert.Equal("", page.Html));
        Assert.Equal(inMemory.Pages.Count, sink.Writes);
    }

    [Fact]
    public void Processing_the_html_writes_nothing()
    {
        var sink = new RecordingSink();
        var context = new BuildContext(TestSite.Minimal().ToSources(), IBuildProgress.None, sink);
        Document[] pages = [Page("a", "<!DOCTYPE html><html><body><main><h2>A</h2></main></body></html>")];

        var processed = new ProcessHtml().Execute(pages, context, NoProducts);

        Assert.Empty(sink.Pages);
        Assert.True(Assert.Single(processed).IsFinished);
        // Kept in the builder for the sink, not copied into a string.
        Assert.Equal("", processed[0].Html);
        Assert.Contains("<h2", processed[0].FinishedHtml!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_finished_pages_that_did_not_fail_are_written_and_their_html_dropped()
    {
        var sink = new RecordingSink();
        var context = new BuildContext(TestSite.Minimal().ToSources(), IBuildProgress.None, sink);
        Document[] pages =
        [
            Page("finished", "<p>f</p>") with { IsFinished = true },
            Page("failed", "<p>x</p>") with { IsFinished = true, Failed = true },
            Page("unfinished", "<p>u</p>"),
        ];

        var result = new WritePages().Execute(pages, context, NoProducts);

        Assert.Equal("<p>f</p>", Assert.Single(sink.Pages, p => p.Key == "finished/index.html").Value);
        Assert.Single(sink.Pages);
        Assert.Equal(["", "<p>x</p>", "<p>u</p>"], result.Select(d => d.Html));
    }

    [Fact]
    public void Without_a_sink_pages_keep_their_html()
    {
        var context = new BuildContext(TestSite.Minimal().ToSources(), IBuildProgress.None);
        Document[] pages = [Page("finished", "<p>f</p>") with { IsFinished = true }];

        var result = new WritePages().Execute(pages, context, NoProducts);

        Assert.Equal("<p>f</p>", Assert.Single(result).Html);
    }

    private static Document Page(string name, string html) => new()
    {
        RelativePath = $"{name}.md",
        DisplayPath = $"input/{name}.md",
        Url = $"/{name}/",
        OutputPath = $"{name}/index.html",
        Kind = "side",
        Html = html,
    };

    private sealed class RecordingSink : IPageSink
    {
        private int writes;

        public ConcurrentDictionary<string, string> Pages { get; } = new(StringComparer.Ordinal);

        public int Writes => writes;

        public void Write(string outputPath, string html)
        {
            Interlocked.Increment(ref writes);
            Pages[outputPath] = html;
        }
    }
}
