using System.Text.Json;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// "Del status" on /fremskridt/ makes a link whose fragment carries the ticks and the plan; /del/
/// shows it read-only in another browser and merges it only after confirmation. A damaged,
/// hand-made, newer or foreign link is refused with its own message, and nothing stored changes.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class ShareLinkTests(SiteFixture site) : BrowserTest(site)
{
    private const string ProgressPage = "/fremskridt/";
    private const string Orphan = "leverance-der-er-slettet";
    private static readonly string FirstDeliverable = RealContent.First.Deliverables[0].Id;
    private static readonly string SecondDeliverable = RealContent.Second.Deliverables[0].Id;
    private static readonly string ThirdDeliverable = RealContent.Second.Deliverables[1].Id;

    private const string Plan = """
        {"schema":1,"site":"drejebog.netlify.app","plan":{"municipality":"Odense Kommune","start":"2026-01-05","phases":{"planlaegning":"2026-04-01"},"milestones":{"ejerskab-og-ressourcer":"2026-01-20"},"updated":"2026-02-01T10:00:00.000Z"}}
        """;

    [Fact]
    public async Task A_link_opened_in_another_browser_shows_the_status_read_only_with_the_current_wording()
    {
        var link = await MakeLinkAsync(Page, "Anne Sørensen", [FirstDeliverable, SecondDeliverable, Orphan], Plan);

        var other = await NewBrowserAsync();
        await OpenAsync(other, link);

        var view = other.Locator("[data-share-view]");
        await Expect(view.Locator("[data-share-sender]")).ToHaveTextAsync("Anne Sørensen");
        await Expect(view.Locator("[data-share-municipality]")).ToHaveTextAsync("Odense Kommune");
        await Expect(view.Locator("[data-share-start]")).ToHaveTextAsync("5. januar 2026");
        await Expect(view.Locator("[data-share-made]")).ToContainTextAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var planning = view.Locator("[data-share-phase=planlaegning]");
        await Expect(planning.Locator("[data-share-cell=milestones]")).ToHaveTextAsync($"1 af {RealContent.Milestones.Count(m => m.Phase == "planlaegning")}");
        await Expect(planning.Locator("[data-share-cell=deadline]")).ToHaveTextAsync("1. april 2026");
        // The deliverables by their text, in their milestones; the target date from the plan.
        var first = view.Locator($"[data-share-milestone={RealContent.First.Id}]");
        await Expect(first.Locator($"[data-share-ticked={FirstDeliverable}]")).ToHaveTextAsync(RealContent.First.Deliverables[0].Text);
        await Expect(first).ToContainTextAsync("20. januar 2026");
        var second = view.Locator($"[data-share-milestone={RealContent.Second.Id}]");
        await Expect(second).ToContainTextAsync($"1 af {RealContent.Second.Deliverables.Count} leverancer");
        await Expect(second.Locator("[data-share-ticked]")).ToHaveCountAsync(1);
        // The tick for a deliverable the content no longer has is counted and explained.
        await Expect(view.Locator("[data-share-orphans]")).ToHaveAttributeAsync("data-count", "1");
        await Expect(view.Locator("[data-share-orphans]")).ToContainTextAsync("ikke findes i drejebogen");
        // Looking stores nothing; a reload shows the same.
        Assert.Empty(await StorageAsync(other));
        await other.ReloadAsync();
        await Expect(view.Locator("[data-share-sender]")).ToHaveTextAsync("Anne Sørensen");
        await Expect(view.Locator("[data-share-ticked]")).ToHaveCountAsync(2);

        await Axe.AssertNoViolationsAsync(other, "/del/ showing a shared status");
    }

    [Fact]
    public async Task Merging_asks_first_then_adds_the_ticks_and_the_plan_and_removes_nothing()
    {
        var link = await MakeLinkAsync(Page, "", [FirstDeliverable, SecondDeliverable], Plan);
        var other = await NewBrowserAsync();
        await GoAsync(RealContent.SecondPage, other);
        await Checkbox(other, ThirdDeliverable).CheckAsync();
        await OpenAsync(other, link);
        var before = await StorageAsync(other);

        await other.Locator("[data-share-merge]").ClickAsync();

        var summary = other.Locator("[data-share-summary]");
        await Expect(summary).ToContainTextAsync("Linket har 2 afkrydsninger");
        await Expect(summary).ToContainTextAsync("2 bliver lagt til");
        await Expect(other.Locator("[data-share-apply]")).ToBeFocusedAsync();
        Assert.Equal(before, await StorageAsync(other));
        await Axe.AssertNoViolationsAsync(other, "/del/ asking to confirm a merge");

        await other.Locator("[data-share-apply]").ClickAsync();

        await Expect(other.Locator("[data-share-status]")).ToContainTextAsync("flettet ind");
        Assert.Equal(Sets.Of(FirstDeliverable, SecondDeliverable, ThirdDeliverable), await StoredDoneAsync(other));
        using var plan = JsonDocument.Parse((await StoredAsync(other, PlanKey))!);
        var stored = plan.RootElement.GetProperty("plan");
        Assert.Equal("Odense Kommune", stored.GetProperty("municipality").GetString());
        Assert.Equal("2026-04-01", stored.GetProperty("phases").GetProperty("planlaegning").GetString());
        Assert.Equal("2026-01-20", stored.GetProperty("milestones").GetProperty(RealContent.First.Id).GetString());
        await GoAsync(RealContent.FirstPage, other);
        await Expect(Checkbox(other, FirstDeliverable)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Cancelling_a_merge_changes_nothing()
    {
        var link = await MakeLinkAsync(Page, "Anne", [FirstDeliverable], Plan);
        var other = await NewBrowserAsync();
        await GoAsync(RealContent.SecondPage, other);
        await Checkbox(other, ThirdDeliverable).CheckAsync();
        await OpenAsync(other, link);
        var before = await StorageAsync(other);

        await other.Locator("[data-share-merge]").ClickAsync();
        await other.Locator("[data-share-cancel]").ClickAsync();

        await Expect(other.Locator("[data-share-confirm]")).ToBeHiddenAsync();
        await Expect(other.Locator("[data-share-status]")).ToContainTextAsync("Intet er ændret");
        Assert.Equal(before, await StorageAsync(other));
    }

    public static TheoryData<string, string, string> BadLinks => new()
    {
        { "one character changed", "change", "damaged" },
        { "cut short", "cut", "damaged" },
        { "made by a newer version", "newer", "newer-version" },
        { "not a share link", "not-link", "not-link" },
        { "an unknown format", "unknown", "unknown-version" },
    };

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task A_bad_link_is_refused_with_its_own_message_and_nothing_changes(string what, string how, string reason)
    {
        var link = await MakeLinkAsync(Page, "Anne", [FirstDeliverable], Plan);
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = link[(hash + 1)..];
        var bad = how switch
        {
            // A character in the middle of the data: the checksum no longer fits.
            "change" => fragment[..(fragment.Length / 2)] + (fragment[fragment.Length / 2] == 'A' ? 'B' : 'A') + fragment[((fragment.Length / 2) + 1)..],
            "cut" => fragment[..(fragment.Length - 10)],
            "newer" => "v2" + fragment[2..],
            "not-link" => "afsnit-2",
            _ => "v1.q" + fragment[4..],
        };
        var other = await NewBrowserAsync();
        await GoAsync(RealContent.SecondPage, other);
        await Checkbox(other, ThirdDeliverable).CheckAsync();
        var before = await StorageAsync(other);

        await OpenAsync(other, $"{link[..hash]}#{bad}");

        var alert = other.Locator($"[data-share-error] .alert-error[data-share-reason=\"{reason}\"]");
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("Intet er ændret i dit fremskridt.");
        if (reason == "newer-version")
        {
            await Expect(alert).ToContainTextAsync("nyere udgave");
        }
        await Expect(other.Locator("[data-share-shown]")).ToBeHiddenAsync();
        await Expect(other.Locator("[data-share-merge]")).ToBeHiddenAsync();
        Assert.True((await StorageAsync(other)).SequenceEqual(before), $"{what}: storage changed");
        await Axe.AssertNoViolationsAsync(other, $"/del/ refusing a link that is {what}");
    }

    [Fact]
    public async Task A_link_made_on_another_site_names_that_site()
    {
        // Made on this site, then opened as if this site had another id.
        var link = await MakeLinkAsync(Page, "Anne", [FirstDeliverable], null);
        var other = await NewBrowserAsync();
        await other.RouteAsync("**/del/", async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace($"data-site-id=\"{SiteId}\"", "data-site-id=\"et-andet-site.example\"", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });

        await OpenAsync(other, link);

        var alert = other.Locator("[data-share-error] [data-share-reason=site]");
        await Expect(alert).ToContainTextAsync(SiteId);
        await Expect(alert).ToContainTextAsync("et-andet-site.example");
    }

    [Fact]
    public async Task The_page_without_a_link_says_what_it_is_for_and_a_new_link_in_the_address_is_shown()
    {
        await GoAsync("/del/");

        await Expect(Page.Locator("[data-share-status]")).ToContainTextAsync("ikke noget delt link");
        await Expect(Page.Locator("[data-share-error]")).ToBeEmptyAsync();
        await Expect(Page.Locator("[data-share-shown]")).ToBeHiddenAsync();

        var link = await MakeLinkAsync(Page, "Bo", [FirstDeliverable], null);
        await GoAsync("/del/");
        await Page.EvaluateAsync("hash => { location.hash = hash; }", link[link.IndexOf('#', StringComparison.Ordinal)..]);
        await Expect(Page.Locator("[data-share-sender]")).ToHaveTextAsync("Bo");
    }

    [Fact]
    public async Task Making_a_link_shows_its_length_and_copies_it()
    {
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var link = await MakeLinkAsync(Page, "Anne", [FirstDeliverable, SecondDeliverable], Plan);

        await Expect(Page.Locator("[data-share-length]")).ToContainTextAsync($"{link.Length} tegn");
        await Expect(Page.Locator("[data-share-limit]")).ToHaveTextAsync("8.000");
        await Page.Locator("[data-share-copy]").ClickAsync();

        await Expect(Page.Locator("[data-share-make-status]")).ToContainTextAsync("kopieret");
        Assert.Equal(link, await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Axe.AssertNoViolationsAsync(Page, "/fremskridt/ with a share link made");
    }

    [Fact]
    public async Task Without_the_clipboard_the_link_is_selected_for_copying_by_hand()
    {
        await Context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });");
        var link = await MakeLinkAsync(Page, "Anne", [FirstDeliverable], null);

        await Page.Locator("[data-share-copy]").ClickAsync();

        await Expect(Page.Locator("[data-share-make-status]")).ToContainTextAsync("Ctrl+C");
        await Expect(Page.Locator("#share-link")).ToBeFocusedAsync();
        Assert.Equal(link, await Page.EvaluateAsync<string>("() => { const input = document.querySelector('#share-link'); return input.value.slice(input.selectionStart, input.selectionEnd); }"));
    }

    [Fact]
    public async Task A_link_over_the_limit_is_not_made_and_the_export_file_is_suggested()
    {
        // Ids that do not compress: 150 of 100 random characters each.
        var random = new Random(15);
        var ids = Enumerable.Range(0, 150).Select(_ => new string([.. Enumerable.Range(0, 100).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)])])).ToList();
        await GoAsync(ProgressPage);
        await StoreAsync(Page, ProgressKey, ProgressJson(ids));
        await Page.ReloadAsync();

        await Page.Locator("[data-share-make]").ClickAsync();

        var alert = Page.Locator("[data-share-make-error] [data-share-reason=too-long]");
        await Expect(alert).ToContainTextAsync("Eksportér");
        await Expect(Page.Locator("[data-share-result]")).ToBeHiddenAsync();
        Assert.True(int.Parse(await Page.Locator("[data-share-maker]").GetAttributeAsync("data-share-link-length") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 8000);
    }

    /// <summary>Stores ticks (and a plan), makes a link on /fremskridt/ and returns it.</summary>
    private async Task<string> MakeLinkAsync(IPage page, string sender, IEnumerable<string> ids, string? plan)
    {
        await GoAsync(ProgressPage, page);
        await StoreAsync(page, ProgressKey, ProgressJson(ids));
        if (plan is not null)
        {
            await StoreAsync(page, PlanKey, plan);
        }
        await page.ReloadAsync();
        await page.Locator("#share-sender").FillAsync(sender);
        await page.Locator("[data-share-make]").ClickAsync();
        var input = page.Locator("#share-link");
        await Expect(input).ToBeVisibleAsync();
        var link = await input.InputValueAsync();
        Assert.StartsWith(new Uri(Site.BaseAddress, "/del/#v1.").ToString(), link, StringComparison.Ordinal);
        return link;
    }

    private static async Task OpenAsync(IPage page, string link)
    {
        await page.GotoAsync(link, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await Expect(page.Locator("[data-share-view]")).ToHaveAttributeAsync("data-share-state", new System.Text.RegularExpressions.Regex(".+"));
    }

    /// <summary>A second, separate browser profile (own localStorage), watched like the first.</summary>
    private async Task<IPage> NewBrowserAsync()
    {
        var (context, problems) = await Site.NewContextAsync();
        others.Add((context, problems));
        return await context.NewPageAsync();
    }

    private readonly List<(IBrowserContext Context, PageProblems Problems)> others = [];

    public override async Task DisposeAsync()
    {
        var unexpected = new List<string>();
        foreach (var (context, problems) in others)
        {
            await context.CloseAsync();
            unexpected.AddRange(problems.Unexpected);
        }
        await base.DisposeAsync();
        Assert.True(unexpected.Count == 0, "The second browser's pages reported problems:\n" + string.Join('\n', unexpected));
    }
}
