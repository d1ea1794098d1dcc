using System.Text;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class ReadInputFilesTests
{
    [Fact]
    public void Invalid_byte_is_reported_at_its_line_and_character_column()
    {
        // Line 3 has "summary: Blå" (12 characters, 13 bytes) before the invalid byte 0xFF.
        var bytes = Concat(
            "---\n",                  // 1
            "title: Om drejebogen\n", // 2
            "summary: Blå",           // 3
            new byte[] { 0xFF },
            " tekst.\n",
            "---\n",                  // 4
            "Brødtekst.\n");          // 5

        var result = TestSite.Minimal().WithBytes("input/om.md", bytes).Build();

        DiagnosticAssert.Only(result, "input/om.md", 3, 13, ErrorCodes.NotUtf8, (byte)0xFF);
        Assert.Null(result.Page("/om/"));
    }

    [Fact]
    public void Invalid_byte_in_site_yml_is_reported_too()
    {
        var bytes = Concat(
            "title: Testdrejebog\n",
            "description: En ", new byte[] { 0xE6 }, "ske.\n", // 2: Latin-1 æ
            "base_url: https://test.example\n",
            "organisation: Testkommunen\n",
            "repository: https://github.com/test/drejebog\n");

        var result = TestSite.Minimal().WithBytes("input/site.yml", bytes).Build();

        Assert.Contains(DiagnosticAssert.Error("input/site.yml", 2, 17, ErrorCodes.NotUtf8, (byte)0xE6), result.Diagnostics);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Byte_order_mark_and_windows_line_endings_are_accepted()
    {
        var text = "---\r\ntitle: Om drejebogen\r\nsummary: Hvad drejebogen er.\r\n---\r\nBrødtekst.\r\n";
        var bytes = Concat(Encoding.UTF8.Preamble.ToArray(), text);

        var result = TestSite.Minimal().WithBytes("input/om.md", bytes).Build();

        DiagnosticAssert.Clean(result);
        Assert.Contains("Brødtekst.", result.Page("/om/")!.Html, StringComparison.Ordinal);
    }

    private static byte[] Concat(params object[] parts) =>
        parts.SelectMany(part => part is string text ? Encoding.UTF8.GetBytes(text) : (byte[])part).ToArray();
}
