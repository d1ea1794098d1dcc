using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Glossary;

/// <summary>One way a term is written in the text (its title or a variant), with where it is defined.</summary>
/// <param name="Text">As written in the term's front matter.</param>
/// <param name="TermId">The term it belongs to.</param>
/// <param name="Path">The term's file, as diagnostics print it.</param>
/// <param name="Position">Where the spelling is written in that file.</param>
public sealed record GlossarySpelling(string Text, string TermId, string Path, SourcePosition Position)
{
    /// <summary>The spelling as the matcher compares it: case folded, whitespace collapsed.</summary>
    public string Key { get; } = KeyOf(Text);

    public static string KeyOf(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
