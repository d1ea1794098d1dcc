using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>
/// A term of the glossary, read from <c>input/ordliste/&lt;id&gt;.md</c>: its page explains it, and the
/// build links its first occurrence on every other page to that page (<see cref="Glossary.GlossaryLinker"/>).
/// </summary>
/// <param name="Id">The term's id: its file's name and its page's address.</param>
/// <param name="IdPosition">Where the id is written.</param>
/// <param name="Title">The term as the glossary lists it (<c>business case</c>); it is also matched in the text.</param>
/// <param name="TitlePosition">Where the title is written, for messages about it as a spelling.</param>
/// <param name="Definition">One or two plain sentences; shown where the term is linked, so a reader needs no pointer to see it.</param>
/// <param name="Variants">Other spellings and inflections matched in the text (<c>business casen</c>), each with where it is written.</param>
/// <param name="Links">Further reading (<c>links</c>), shown on the term's page.</param>
/// <param name="Status">Whether the term is published or a draft.</param>
public sealed record Term(
    string Id,
    SourcePosition IdPosition,
    string Title,
    SourcePosition TitlePosition,
    string Definition,
    IReadOnlyList<(string Text, SourcePosition Position)> Variants,
    IReadOnlyList<Tool> Links,
    ContentStatus Status) : IContentItem
{
    public string Url => ContentKinds.Term.UrlOf(Id);

    public string Summary => Definition;

    public IReadOnlyList<Tool> LinkedTools => Links;

    /// <summary>Every spelling matched in the text: the title first, then the variants, each with where it is written.</summary>
    public IEnumerable<(string Text, SourcePosition Position)> Spellings => [(Title, TitlePosition), .. Variants];
}
