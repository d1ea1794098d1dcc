using System.Net;

namespace Drejebog.Site.Html;

/// <summary>
/// The values of the <c>id="…"</c> attributes written in a page, decoded (Markdig and the
/// templates escape ids differently: <c>å</c> or <c>&amp;#xE5;</c>). The page pass and the id-clash
/// check read ids this one way; <c>foreach (var id in new WrittenIds(html))</c>.
/// </summary>
internal ref struct WrittenIds(ReadOnlySpan<char> html)
{
    private const string IdStart = " id=\"";
    private ReadOnlySpan<char> rest = html;

    public string Current { get; private set; } = "";

    public readonly WrittenIds GetEnumerator() => this;

    public bool MoveNext()
    {
        var at = rest.IndexOf(IdStart, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var value = rest[(at + IdStart.Length)..];
        var length = value.IndexOf('"');
        if (length < 0)
        {
            rest = default;
            return false;
        }
        Current = WebUtility.HtmlDecode(value[..length].ToString());
        rest = value[(length + 1)..];
        return true;
    }
}
