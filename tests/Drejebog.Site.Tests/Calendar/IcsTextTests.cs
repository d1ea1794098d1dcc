using System.Text;
using Drejebog.Site.Calendar;

namespace Drejebog.Site.Tests.Calendar;

public sealed class IcsTextTests
{
    private static int Octets(string s) => Encoding.UTF8.GetByteCount(s);

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a;b,c", @"a\;b\,c")]
    [InlineData("en\r\nto\rtre\nfire", @"en\nto\ntre\nfire")]
    [InlineData("linje\u2028skift", @"linje\nskift")]
    [InlineData("tab\tbliver", "tab\tbliver")]
    [InlineData("styre\u0000tegn\u0007\u001b\u007f", "styretegn")]
    [InlineData("æøå ÆØÅ 🎉: ok", "æøå ÆØÅ 🎉: ok")]
    public void Text_values_are_escaped_as_rfc_5545_says(string text, string escaped) =>
        Assert.Equal(escaped, IcsText.Escape(text));

    [Fact]
    public void A_line_of_75_octets_stays_whole_and_ends_with_crlf()
    {
        Assert.Equal("SUMMARY:Kort\r\n", IcsText.Fold("SUMMARY:Kort"));
        Assert.Equal(new string('x', 75) + "\r\n", IcsText.Fold(new string('x', 75)));
        Assert.Equal(new string('x', 75) + "\r\n x\r\n", IcsText.Fold(new string('x', 76)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("æ")]
    [InlineData("ø")]
    [InlineData("Å")]
    [InlineData("€")]
    [InlineData("🎉")]
    public void Folded_lines_keep_within_75_octets_never_split_a_character_and_unfold_to_the_original(string filler)
    {
        for (var length = 70; length < 200; length += 7)
        {
            var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat(filler, length)) + "x";

            var folded = IcsText.Fold(line);

            Assert.EndsWith("\r\n", folded, StringComparison.Ordinal);
            var physical = folded[..^2].Split("\r\n");
            Assert.True(physical.Length > 1);
            Assert.All(physical, l => Assert.InRange(Octets(l), 1, IcsText.MaxLineOctets));
            Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
            // Each line is valid UTF-8 on its own: nothing was cut in the middle of a character.
            Assert.All(physical, l => Assert.Equal(l, new UTF8Encoding(false, true).GetString(Encoding.UTF8.GetBytes(l))));
            Assert.All(physical, l => Assert.False(char.IsHighSurrogate(l[^1]), "a line ends inside an emoji"));
            Assert.Equal(line + "\r\n", folded.Replace("\r\n ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_letter_or_emoji_that_would_cross_the_75th_octet_moves_whole_to_the_next_line()
    {
        Assert.Equal(new string('a', 74) + "\r\n æ\r\n", IcsText.Fold(new string('a', 74) + "æ"));
        Assert.Equal(new string('a', 73) + "\r\n 🎉b\r\n", IcsText.Fold(new string('a', 73) + "🎉b"));
        Assert.Equal(new string('a', 71) + "🎉\r\n", IcsText.Fold(new string('a', 71) + "🎉"));
        // A continuation line holds 74 octets after its space.
        Assert.Equal(new string('a', 75) + "\r\n " + new string('a', 74) + "\r\n a\r\n", IcsText.Fold(new string('a', 150)));
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character_so_the_file_stays_utf_8() =>
        Assert.Equal("SUMMARY:a\uFFFDb\r\n", IcsText.Fold("SUMMARY:a\uD800b"));
}
