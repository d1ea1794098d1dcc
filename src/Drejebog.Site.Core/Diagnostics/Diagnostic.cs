namespace Drejebog.Site.Diagnostics;

/// <summary>
/// One problem found in the content or theme, printed as
/// <c>path:line:column: fejl DS012: message</c> so editors and CI can jump to it.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public override string ToString()
    {
        var word = Severity == Severity.Error ? "fejl" : "advarsel";
        return $"{Path}:{Line}:{Column}: {word} {Code}: {Message}";
    }
}
