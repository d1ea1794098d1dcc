using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>One of the playbook's phases, read from <c>input/faser/&lt;id&gt;.md</c>.</summary>
public sealed record Phase(
    string Id,
    SourcePosition IdPosition,
    int Number,
    string Title,
    string Ends,
    string Summary,
    IReadOnlyList<string> KeyTasks,
    string Closing,
    IReadOnlyList<Tool> Tools,
    ContentStatus Status) : IContentItem
{
    public string Url => ContentKinds.Phase.UrlOf(Id);

    public string PageTitle => $"Fase {Number}: {Title}";

    public IReadOnlyList<Tool> LinkedTools => Tools;
}
