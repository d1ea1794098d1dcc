using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>
/// One of the playbook's phases, read from <c>input/faser/&lt;id&gt;.md</c>. Only the first phase
/// has <see cref="Starts"/>; every later phase begins when the one before it ends.
/// </summary>
public sealed record Phase(
    string Id,
    SourcePosition IdPosition,
    int Number,
    string Title,
    PhaseDate? Starts,
    PhaseDate Ends,
    string? DatesNote,
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
