using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Drejebog.Site.Markdown;

/// <summary>Builds the one Markdig pipeline a build uses; it is immutable and shared by all threads.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseListExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            // Lets authors write `## Faseplan {#faseplan}`; attributes that the CSP forbids are caught after rendering.
            .UseGenericAttributes()
            // Raw HTML in content is shown as text: content is Markdown only, and the CSP forbids inline code anyway.
            .DisableHtml()
            .Build();
}
