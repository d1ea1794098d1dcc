using System.Globalization;

namespace Drejebog.Site.Diagnostics;

/// <summary>A diagnostic code and its Danish message template.</summary>
public sealed record ErrorCode(string Code, string Template)
{
    public string Format(params object?[] args) =>
        args.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, args);
}
