using Drejebog.Site.Build;

namespace Drejebog.Site.Modules;

/// <summary>
/// Hands each finished page to the <see cref="BuildContext.Sink"/> as soon as it is finished, and
/// then drops its HTML: a large site would otherwise sit in memory twice. Without a sink the pages
/// stay in memory, in <see cref="BuildResult.Pages"/>. The only module that writes.
/// </summary>
public sealed class WritePages : DocumentModule
{
    public override long Cost(Document document) => document.FinishedHtml?.Length ?? document.Html.Length;

    public override Document Apply(Document document, BuildContext context)
    {
        if (context.Sink is null || document.Failed || !document.IsFinished)
        {
            return document;
        }
        if (document.FinishedHtml is { } page)
        {
            context.Sink.Write(document.OutputPath, page);
        }
        else
        {
            context.Sink.Write(document.OutputPath, document.Html);
        }
        return document with { Html = "", FinishedHtml = null };
    }
}
