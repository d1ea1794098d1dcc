using System.Globalization;
using Drejebog.Site.BrowserTests.Support;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// <c>[data-progress]</c> widgets count milestones whose deliverables are all ticked, overall,
/// per phase and per role ("7 af 11 milepæle i planlægningsfasen" and a <c>&lt;progress&gt;</c>).
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class ProgressTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/", "overall")]
    [InlineData("/", "phase:planlaegning")]
    [InlineData("/faser/indkoeb/", "phase:indkoeb")]
    [InlineData("/roller/systemejer/", "role:systemejer")]
    [InlineData("/milepaele/", "overall")]
    [InlineData("/fremskridt/", "overall")]
    [InlineData("/fremskridt/", "phase:implementering")]
    [InlineData("/fremskridt/", "role:programleder")]
    public async Task The_pages_show_their_progress_widgets_starting_at_zero(string path, string scope)
    {
        await GoAsync(path);

        var widget = Page.Locator($"[data-progress=\"{scope}\"]");
        await Expect(widget).ToBeVisibleAsync();
        await Expect(widget).ToContainTextAsync($"0 af {Milestones(scope).Count}");
        await Expect(widget.Locator("progress")).ToHaveAttributeAsync("max", Milestones(scope).Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_role_page_has_one_checkbox_per_deliverable_and_counts_the_same_deliverables()
    {
        // Programleder holds two kinds in several milestones; each is still one row with one checkbox per deliverable.
        const string Scope = "role:programleder";
        var deliverables = Milestones(Scope).SelectMany(m => m.Deliverables).ToList();
        await GoAsync("/roller/programleder/");

        await Expect(Page.Locator("table.duties input[type=checkbox][data-deliverable]")).ToHaveCountAsync(deliverables.Count);
        await Expect(Page.Locator($"[data-progress=\"{Scope}\"]")).ToContainTextAsync($"0 af {deliverables.Count} leverancer");
    }

    [Fact]
    public async Task A_milestone_counts_in_its_phase_only_when_every_deliverable_is_ticked()
    {
        var scope = $"phase:{RealContent.FirstPhase}";
        var total = Milestones(scope).Count;
        await GoAsync(RealContent.FirstPhasePage);
        var progress = Page.Locator($"[data-progress=\"{scope}\"]");
        await Expect(progress).ToContainTextAsync($"0 af {total}");

        // Milestone 1.2 has two deliverables: it counts only when both are ticked.
        Assert.True(RealContent.Second.Deliverables.Count > 1);
        await Checkbox(Page, RealContent.Second.Deliverables[0].Id).CheckAsync();
        await Expect(progress).ToContainTextAsync($"0 af {total}");
        foreach (var (id, _) in RealContent.Second.Deliverables.Skip(1))
        {
            await Checkbox(Page, id).CheckAsync();
        }

        await Expect(progress).ToContainTextAsync($"1 af {total}");
        Assert.Equal(1, await progress.Locator("progress").EvaluateAsync<double>("p => p.value"));
    }

    [Fact]
    public async Task Ticking_on_a_role_page_counts_for_that_role_and_in_the_overall_progress()
    {
        var milestone = RealContent.Milestone(RealContent.MilestonesWithRole("systemejer").First());
        await GoAsync("/roller/systemejer/");

        foreach (var (id, _) in milestone.Deliverables)
        {
            await Checkbox(Page, id).First.CheckAsync();
        }

        await Expect(Page.Locator("[data-progress=\"role:systemejer\"]")).ToContainTextAsync($"1 af {Milestones("role:systemejer").Count}");
        await GoAsync("/fremskridt/");
        await Expect(Page.Locator("[data-progress=overall]")).ToContainTextAsync($"1 af {RealContent.Milestones.Count}");
        await Expect(Page.Locator($"[data-progress=\"phase:{milestone.Phase}\"]")).ToContainTextAsync("1 af");
        await Expect(Page.Locator("[data-progress=\"role:systemejer\"]")).ToContainTextAsync("1 af");
    }

    private static IReadOnlyList<InputMilestone> Milestones(string scope)
    {
        var parts = scope.Split(':');
        return parts[0] switch
        {
            "overall" => RealContent.Milestones,
            "phase" => RealContent.Milestones.Where(m => m.Phase == parts[1]).ToList(),
            "role" => RealContent.Milestones.Where(m => m.Roles.Contains(parts[1])).ToList(),
            _ => throw new ArgumentException(scope),
        };
    }
}
