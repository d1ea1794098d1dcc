using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Post-processes each rendered page in one tokenizer pass (<see cref="HtmlPageRewriter"/>): heading
/// anchors, table of contents, search marks; rejects inline code; records the page's ids and internal
/// links for the link checker.
/// </summary>
public sealed class ProcessHtml : DocumentModule
{
    public override long Cost(Document document) => document.Html.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed || document.Html.Length == 0 ? document : Process(document, context);

    public static Document Process(Document document, BuildContext context)
    {
        var facts = HtmlPageRewriter.Rewrite(document.Html, markForSearch: document.Kind is not (PageKind.NotFound or PageKind.Search));
        foreach (var problem in facts.InlineCode.Distinct())
        {
            context.Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.InlineCode, document.Url, problem);
        }
        var failed = facts.InlineCode.Count > 0;
        if (!failed && context.Sink is not null)
        {
            context.Sink.Write(document.OutputPath, facts.Html);
        }
        return document with
        {
            // Written pages are not kept: a large site would otherwise sit in memory twice.
            Html = context.Sink is null ? facts.Html.ToString() : "",
            IsFinished = !failed,
            Anchors = facts.Ids,
            Hrefs = facts.Links,
            Failed = failed,
        };
    }
}
