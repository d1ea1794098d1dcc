using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.FrontMatter;

/// <summary>Splits a content file into front matter and body, keeping track of line numbers.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Returns the split, or the error code that explains why the file has no usable front matter.</summary>
    public static (FrontMatterSplit? Split, ErrorCode? Error) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return (null, ErrorCodes.MissingFrontMatter);
        }

        var line = 2;
        var position = 4;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return (new FrontMatterSplit(yaml, 2, body, line + 1), null);
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        return (null, ErrorCodes.UnclosedFrontMatter);
    }
}
