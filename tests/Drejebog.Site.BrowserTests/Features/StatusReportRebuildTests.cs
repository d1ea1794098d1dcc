using Drejebog.Site.BrowserTests.Support;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// The status report names milestones and deliverables as the current build does: after an edit
/// that renames a milestone and rewords a deliverable, a reload shows the new wording with the
/// same ticks and dates, which are keyed by id.
/// </summary>
[Collection(EditableSiteDefinition.Name)]
public sealed class StatusReportRebuildTests(EditableSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_renamed_milestone_and_a_reworded_deliverable_show_their_new_wording_with_the_ticks_kept()
    {
        // 1.8 has two deliverables (not the ones RebuildTests edits in the same copy of the input).
        var milestone = RealContent.Milestone("program-og-detailplan");
        Assert.Equal(2, milestone.Deliverables.Count);
        var (tickedId, _) = milestone.Deliverables[0];
        var (rewordedId, oldText) = milestone.Deliverables[1];
        var today = CopenhagenDate.Today;
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, ProgressJson([tickedId]));
        await StoreAsync(Page, PlanKey, StoredPlanJson(new
        {
            start = CopenhagenDate.Iso(today.AddDays(60)),
            milestones = new Dictionary<string, string> { [milestone.Id] = CopenhagenDate.Iso(today.AddDays(2)) },
        }));
        await GoAsync("/statusrapport/");
        var due = Page.Locator($"tr[data-report-due=\"{milestone.Id}\"]");
        await Expect(due).ToBeVisibleAsync();
        var oldTitle = await due.Locator("th a").TextContentAsync() ?? "";

        const string NewTitle = "Programplan og detailplan for bølge 4 lagt (omdøbt)";
        const string NewText = "Detailplanen er godkendt af programstyregruppen (omformuleret).";
        var file = Path.GetRelativePath(RepositoryRoot.Input, milestone.File);
        var titleLine = File.ReadAllLines(milestone.File).First(l => l.StartsWith("title: ", StringComparison.Ordinal));
        site.Edit(file, $"\n{titleLine}\n", $"\ntitle: {NewTitle}\n");
        site.Edit(file, $"text: {oldText}", $"text: {NewText}");
        site.Rebuild();
        await Page.ReloadAsync();

        await Expect(due.Locator("th a")).ToContainTextAsync(NewTitle);
        await Expect(due.Locator("th a")).Not.ToHaveTextAsync(oldTitle);
        await Expect(due).ToContainTextAsync("I gang");
        var listed = Page.Locator($"[data-report-milestone=\"{milestone.Id}\"]");
        await Expect(listed.Locator(".report-milestone-title")).ToContainTextAsync(NewTitle);
        await Expect(listed.Locator($"[data-report-deliverable=\"{rewordedId}\"]")).ToHaveTextAsync(NewText);
        await Expect(listed.Locator($"[data-report-deliverable=\"{tickedId}\"]")).ToBeHiddenAsync();
        await Expect(Page.Locator($"tr[data-report-phase=\"{milestone.Phase}\"] [data-count=i-gang]")).ToHaveTextAsync("1");
    }
}
