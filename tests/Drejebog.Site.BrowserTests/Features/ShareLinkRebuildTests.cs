using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// A share link names deliverables by id: after a content edit that renames a milestone and
/// rewords a deliverable, a link made before the edit shows them by their new wording.
/// </summary>
[Collection(EditableSiteDefinition.Name)]
public sealed class ShareLinkRebuildTests(EditableSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_link_made_before_a_content_edit_shows_the_new_titles_after_it()
    {
        // A milestone the other rebuild test leaves alone.
        var milestone = RealContent.Milestones.First(m => m.Phase == "indkoeb" && m.Deliverables.Count > 0);
        var (deliverable, oldText) = milestone.Deliverables[0];
        var oldTitle = TitleOf(milestone.File);
        await GoAsync("/fremskridt/");
        await StoreAsync(Page, ProgressKey, ProgressJson([deliverable]));
        await Page.ReloadAsync();
        await Page.Locator("[data-share-make]").ClickAsync();
        var link = await Page.Locator("#share-link").InputValueAsync();

        const string NewTitle = "Milepælen har fået et nyt navn";
        const string NewText = "Leverancen er formuleret på en ny måde.";
        var file = Path.GetRelativePath(RepositoryRoot.Input, milestone.File);
        site.Edit(file, $"title: {oldTitle}", $"title: {NewTitle}");
        site.Edit(file, $"text: {oldText}", $"text: {NewText}");
        site.Rebuild();

        await Page.GotoAsync(link, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await Page.ReloadAsync();

        var entry = Page.Locator($"[data-share-milestone={milestone.Id}]");
        await Expect(entry.Locator("h3")).ToContainTextAsync(NewTitle);
        await Expect(entry.Locator($"[data-share-ticked={deliverable}]")).ToHaveTextAsync(NewText);
        await Expect(Page.Locator("[data-share-orphans]")).ToBeHiddenAsync();
    }

    private static string TitleOf(string path) =>
        File.ReadLines(path).First(line => line.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
}
