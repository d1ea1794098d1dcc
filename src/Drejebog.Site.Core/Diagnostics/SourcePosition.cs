namespace Drejebog.Site.Diagnostics;

/// <summary>A one-based line and column in a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start { get; } = new(1, 1);

    /// <summary>Finds the line and column of a character offset in a text.</summary>
    public static SourcePosition FromOffset(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }
}
