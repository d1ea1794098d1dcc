namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// What one case does to the site: the files it changes and, where the change is certainly a
/// content error, where the build must report it.
/// </summary>
/// <param name="Description">One line for a failure message: which file, what was changed.</param>
/// <param name="Edits">The changes, applied in order and undone after the build.</param>
/// <param name="Expected">An error the build must report, or null when the change may be harmless.</param>
public sealed record Mutation(string Description, IReadOnlyList<FileEdit> Edits, ExpectedError? Expected = null)
{
    public static Mutation Change(string path, byte[] content, string description, ExpectedError? expected = null) =>
        new($"{path}: {description}", [FileEdit.Write(path, content)], expected);
}

/// <summary>One file change, by its path from the site root (<c>input/…</c> or <c>theme/…</c>).</summary>
public sealed record FileEdit(string Path, byte[]? Content, string? LinkTarget = null)
{
    public static FileEdit Write(string path, byte[] content) => new(path, content);

    public static FileEdit Delete(string path) => new(path, null);

    public static FileEdit SymbolicLink(string path, string target) => new(path, null, target);
}

/// <summary>
/// The build must fail with an error in <paramref name="Path"/>; when <paramref name="FirstLine"/> is
/// given, at a line from <paramref name="FirstLine"/> to <paramref name="LastLine"/> (the place to fix).
/// A null path means any error anywhere.
/// </summary>
public sealed record ExpectedError(string? Path, int? FirstLine = null, int? LastLine = null)
{
    public static ExpectedError Anywhere { get; } = new(Path: null);

    public static ExpectedError InFile(string path) => new(path);

    public static ExpectedError AtLine(string path, int line) => new(path, line, line);

    public override string ToString() =>
        Path is null ? "an error" :
        FirstLine is null ? $"an error in {Path}" :
        FirstLine == LastLine ? $"an error at {Path}:{FirstLine}" : $"an error at {Path}:{FirstLine}-{LastLine}";
}
