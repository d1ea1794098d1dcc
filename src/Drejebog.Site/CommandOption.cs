namespace Drejebog.Site.Cli;

/// <summary>
/// One option: its names, the placeholder for its value (null for a switch), the commands that
/// use it, and its description in <c>--help</c>, one string per line.
/// </summary>
internal sealed record CommandOption(string Long, string? Short, string? Value, IReadOnlyList<Command> Commands, IReadOnlyList<string> Help)
{
    /// <summary>How usage errors name it: <c>-o (--output)</c>, or the long name alone.</summary>
    public string Names => Short is null ? Long : $"{Short} ({Long})";

    public bool Matches(string argument) => argument == Long || argument == Short;
}
