namespace Drejebog.Site.Assets;

/// <summary>
/// A file named inside a stylesheet or script: <paramref name="Start"/> and <paramref name="Length"/>
/// locate the written <paramref name="Value"/> (without quotes) in the text.
/// </summary>
/// <param name="Start">Offset of the value in the text.</param>
/// <param name="Length">Length of the value.</param>
/// <param name="Value">The URL or import specifier as written.</param>
public sealed record AssetReference(int Start, int Length, string Value);
