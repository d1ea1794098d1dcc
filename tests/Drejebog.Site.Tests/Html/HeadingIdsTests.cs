using Drejebog.Site.Html;

namespace Drejebog.Site.Tests.Html;

public sealed class HeadingIdsTests
{
    [Theory]
    [InlineData("Faseplan og milepælsoverblik", "faseplan-og-milepælsoverblik")]
    [InlineData("  Roller & ansvar  ", "roller-ansvar")]
    [InlineData("1.2 Planen er lagt", "12-planen-er-lagt")]
    [InlineData("Hvad er en GAP-analyse?", "hvad-er-en-gap-analyse")]
    [InlineData("???", "afsnit")]
    public void Slug_keeps_danish_letters_and_joins_words_with_hyphens(string text, string slug) =>
        Assert.Equal(slug, HeadingIds.Slug(text));
}
