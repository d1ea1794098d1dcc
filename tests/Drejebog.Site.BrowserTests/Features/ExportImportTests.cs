using System.Text;
using System.Text.Json;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// /fremskridt/ exports progress as a file in the documented format and imports such a file by
/// merging or replacing, after confirmation; anything else is rejected and nothing changes.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class ExportImportTests(SiteFixture site) : BrowserTest(site)
{
    private const string ProgressPage = "/fremskridt/";

    private static readonly string FirstDeliverable = RealContent.First.Deliverables[0].Id;
    private static readonly string SecondDeliverable = RealContent.Second.Deliverables[0].Id;
    private static readonly string ThirdDeliverable = RealContent.Second.Deliverables[1].Id;

    [Fact]
    public async Task Export_writes_the_ticked_items_in_the_documented_format()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await TickAsync(Page, RealContent.SecondPage, SecondDeliverable);

        var json = await ExportAsync(Page);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(ExportFormat, document.RootElement.GetProperty("format").GetString());
        Assert.True(DateTimeOffset.TryParse(document.RootElement.GetProperty("exported").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _), json);
        Assert.Equal(Sets.Of(FirstDeliverable, SecondDeliverable), DoneItems(json, "the export"));
    }

    [Fact]
    public async Task Export_then_replace_in_another_browser_gives_exactly_the_exported_items()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await TickAsync(Page, RealContent.SecondPage, SecondDeliverable);
        var exported = await ExportAsync(Page);

        var (other, _) = await NewBrowserAsync();
        await TickAsync(other, RealContent.SecondPage, ThirdDeliverable);
        await ImportAsync(other, exported, "replace");

        Assert.Equal(Sets.Of(FirstDeliverable, SecondDeliverable), await StoredDoneAsync(other));
        await GoAsync(RealContent.SecondPage, other);
        await Expect(Checkbox(other, SecondDeliverable)).ToBeCheckedAsync();
        await Expect(Checkbox(other, ThirdDeliverable)).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Export_then_merge_in_another_browser_adds_the_exported_items_to_its_own()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        var exported = await ExportAsync(Page);

        var (other, _) = await NewBrowserAsync();
        await TickAsync(other, RealContent.SecondPage, ThirdDeliverable);
        await ImportAsync(other, exported, "merge");

        Assert.Equal(Sets.Of(FirstDeliverable, ThirdDeliverable), await StoredDoneAsync(other));
        await GoAsync(RealContent.FirstPage, other);
        await Expect(Checkbox(other, FirstDeliverable)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Cancelling_an_import_changes_nothing()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(ProgressPage);
        var before = await StorageAsync(Page);

        await ChooseFileAsync(Page, ProgressJson([SecondDeliverable], format: ExportFormat), "replace");
        await Expect(Page.Locator("[data-import-cancel]")).ToBeVisibleAsync();
        await Page.Locator("[data-import-cancel]").ClickAsync();

        await Expect(Page.Locator("[data-import-apply]")).ToBeHiddenAsync();
        Assert.Equal(before, await StorageAsync(Page));
    }

    public static TheoryData<string, string> MalformedFiles => new()
    {
        { "not JSON", "{not json" },
        { "another site", ProgressJson(["programledelse-udpeget"], site: "et-andet-site.example", format: ExportFormat) },
        { "a newer schema", ProgressJson(["programledelse-udpeget"], schema: 2, format: ExportFormat) },
        { "another format", ProgressJson(["programledelse-udpeget"], format: "noget-andet") },
        { "no format (stored value, not an export)", ProgressJson(["programledelse-udpeget"]) },
        { "an item that is not done", """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-11-27T12:00:00.000Z","items":{"programledelse-udpeget":{"done":false}}}""" },
        { "an invalid id", """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-11-27T12:00:00.000Z","items":{"<img src=x>":{"done":true}}}""" },
        { "a JSON array", "[]" },
        // JSON.parse makes `__proto__` an own key; it is not a valid id, so the file is refused.
        { "an id named __proto__", """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-11-27T12:00:00.000Z","items":{"__proto__":{"done":true}}}""" },
        { "an object where an item should be, under __proto__", """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-11-27T12:00:00.000Z","items":{"programledelse-udpeget":{"__proto__":{"done":true}}}}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task A_malformed_import_is_rejected_with_a_reason_and_storage_is_unchanged(string what, string content)
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(ProgressPage);
        var before = await StorageAsync(Page);
        Assert.Contains(ProgressKey, before.Keys);

        // "replace" is chosen so that a wrongly accepted file would visibly wipe the stored item.
        await ChooseFileAsync(Page, content, "replace");

        var error = Page.Locator("[data-import-error]");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).Not.ToBeEmptyAsync();
        await Expect(Page.Locator("[data-import-apply]")).ToBeHiddenAsync();
        Assert.True((await StorageAsync(Page)).SequenceEqual(before), $"{what}: localStorage changed");
        await GoAsync(RealContent.FirstPage);
        await Expect(Checkbox(Page, FirstDeliverable)).ToBeCheckedAsync();
    }

    [Theory]
    [InlineData("merge")]
    [InlineData("replace")]
    public async Task Items_named_like_object_properties_are_imported_stored_shown_ticked_and_exported(string mode)
    {
        // The second milestone's page, with its deliverables renamed to ids that are also names on
        // Object.prototype (`constructor`) or nearly (`tostring`).
        await Page.RouteAsync("**" + RealContent.SecondPage, async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync())
                .Replace($"data-deliverable=\"{SecondDeliverable}\"", "data-deliverable=\"constructor\"", StringComparison.Ordinal)
                .Replace($"data-deliverable=\"{ThirdDeliverable}\"", "data-deliverable=\"tostring\"", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });
        // `constructor` without "at": a plain object would find Object.prototype.constructor there and skip it.
        const string Exported = """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-11-27T12:00:00.000Z","items":{"constructor":{"done":true},"tostring":{"done":true,"at":"2026-11-27T11:58:00.000Z"}}}""";

        await ImportAsync(Page, Exported, mode);

        Assert.Equal(Sets.Of("constructor", "tostring"), StoredIds(await StoredAsync(Page, ProgressKey)));
        await GoAsync(RealContent.SecondPage);
        await Expect(Checkbox(Page, "constructor")).ToBeCheckedAsync();
        await Expect(Checkbox(Page, "tostring")).ToBeCheckedAsync();
        await Checkbox(Page, "constructor").UncheckAsync();
        await Checkbox(Page, "constructor").CheckAsync();
        Assert.Equal(Sets.Of("constructor", "tostring"), DoneItems(await ExportAsync(Page), "the export"));
    }

    private const string StoredPlan = """{"schema":1,"site":"drejebog.netlify.app","plan":{"municipality":"Odense Kommune","start":"2026-01-05","phases":{"planlaegning":"2026-04-01"},"updated":"2026-02-01T10:00:00.000Z"}}""";

    [Fact]
    public async Task Export_carries_the_team_plan_and_replace_brings_it_to_another_browser()
    {
        await GoAsync(ProgressPage);
        await StoreAsync(Page, PlanKey, StoredPlan);
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        var exported = await ExportAsync(Page);
        using (var document = JsonDocument.Parse(exported))
        {
            var plan = document.RootElement.GetProperty("plan");
            Assert.Equal("Odense Kommune", plan.GetProperty("municipality").GetString());
            Assert.Equal("2026-04-01", plan.GetProperty("phases").GetProperty("planlaegning").GetString());
        }

        var (other, _) = await NewBrowserAsync();
        await ImportAsync(other, exported, "replace");

        var stored = await StoredAsync(other, PlanKey);
        Assert.NotNull(stored);
        using var copy = JsonDocument.Parse(stored);
        Assert.Equal("2026-01-05", copy.RootElement.GetProperty("plan").GetProperty("start").GetString());
        Assert.Equal("Odense Kommune", copy.RootElement.GetProperty("plan").GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task Merging_a_plan_keeps_dates_only_this_browser_has_and_says_so_before_applying()
    {
        await GoAsync(ProgressPage);
        await StoreAsync(Page, PlanKey, """{"schema":1,"site":"drejebog.netlify.app","plan":{"phases":{"indkoeb":"2026-09-01"},"updated":"2026-01-01T10:00:00.000Z"}}""");
        await Page.ReloadAsync();
        const string File = """{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","exported":"2026-02-02T12:00:00.000Z","items":{},"plan":{"municipality":"Odense Kommune","phases":{"planlaegning":"2026-04-01"},"updated":"2026-02-01T10:00:00.000Z"}}""";

        await ChooseFileAsync(Page, File, "merge");
        await Expect(Page.Locator("[data-import-summary]")).ToContainTextAsync("plan for Odense Kommune");
        await Page.Locator("[data-import-apply]").ClickAsync();

        using var stored = JsonDocument.Parse((await StoredAsync(Page, PlanKey))!);
        var phases = stored.RootElement.GetProperty("plan").GetProperty("phases");
        Assert.Equal("2026-04-01", phases.GetProperty("planlaegning").GetString());
        Assert.Equal("2026-09-01", phases.GetProperty("indkoeb").GetString());
    }

    [Theory]
    [InlineData("""{"start":"2026-02-30"}""")]
    [InlineData("""{"municipality":"<script>alert(1)</script>\n"}""")]
    [InlineData("""{"milestones":{"__proto__":"2026-01-01"}}""")]
    [InlineData("""[]""")]
    public async Task A_file_with_a_bad_plan_is_refused_and_neither_ticks_nor_plan_change(string plan)
    {
        await GoAsync(ProgressPage);
        await StoreAsync(Page, PlanKey, StoredPlan);
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(ProgressPage);
        var before = await StorageAsync(Page);

        await ChooseFileAsync(Page, $$"""{"format":"drejebog-fremskridt","schema":1,"site":"drejebog.netlify.app","items":{},"plan":{{plan}}}""", "replace");

        await Expect(Page.Locator("[data-import-error] [data-import-reason=plan]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-import-apply]")).ToBeHiddenAsync();
        Assert.True((await StorageAsync(Page)).SequenceEqual(before), "localStorage changed");
    }

    /// <summary>The ids under "items" in a stored value, whatever their items hold.</summary>
    private static SortedSet<string> StoredIds(string? json)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        return new SortedSet<string>(document.RootElement.GetProperty("items").EnumerateObject().Select(item => item.Name), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Saved_items_for_deliverables_that_no_longer_exist_are_kept_and_counted()
    {
        await GoAsync(ProgressPage);
        await StoreAsync(Page, ProgressKey, ProgressJson(["leverance-der-er-slettet", FirstDeliverable]));
        await Page.ReloadAsync();

        await Expect(Page.Locator("[data-orphans]")).ToContainTextAsync("1");

        await TickAsync(Page, RealContent.SecondPage, SecondDeliverable);
        Assert.Equal(Sets.Of("leverance-der-er-slettet", FirstDeliverable, SecondDeliverable), await StoredDoneAsync(Page));
    }

    [Fact]
    public async Task Reset_asks_first_and_then_removes_every_tick()
    {
        await TickAsync(Page, RealContent.FirstPage, FirstDeliverable);
        await GoAsync(ProgressPage);

        await Page.Locator("[data-reset]").ClickAsync();
        Assert.Equal(Sets.Of(FirstDeliverable), await StoredDoneAsync(Page));
        await Page.Locator("[data-reset-apply]").ClickAsync();

        await Expect(Page.Locator("[data-progress=overall]")).ToContainTextAsync("0 af");
        Assert.Empty(await StoredDoneAsync(Page));
    }

    private async Task TickAsync(IPage page, string path, string deliverable)
    {
        await GoAsync(path, page);
        await Checkbox(page, deliverable).CheckAsync();
    }

    /// <summary>Clicks export on /fremskridt/ and returns the downloaded file's text.</summary>
    private async Task<string> ExportAsync(IPage page)
    {
        await GoAsync(ProgressPage, page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export]").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path, Encoding.UTF8);
    }

    /// <summary>Chooses the mode, then the file (as a user would pick it), on /fremskridt/.</summary>
    private static async Task ChooseFileAsync(IPage page, string content, string mode)
    {
        await page.Locator($"input[type=radio][name=import-mode][value={mode}]").CheckAsync();
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "drejebog-fremskridt.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(content),
        });
    }

    /// <summary>Imports through the page: file, mode, and the confirmation.</summary>
    private async Task ImportAsync(IPage page, string content, string mode)
    {
        await GoAsync(ProgressPage, page);
        var before = await StorageAsync(page);
        await ChooseFileAsync(page, content, mode);
        var apply = page.Locator("[data-import-apply]");
        await Expect(apply).ToBeVisibleAsync();
        // Nothing is written before the user confirms.
        Assert.Equal(before, await StorageAsync(page));
        await apply.ClickAsync();
        await Expect(apply).ToBeHiddenAsync();
        await Expect(page.Locator("[data-import-error]")).ToBeEmptyAsync();
    }

    /// <summary>A second, separate browser profile (own localStorage), watched like the first.</summary>
    private async Task<(IPage Page, IBrowserContext Context)> NewBrowserAsync()
    {
        var (context, problems) = await Site.NewContextAsync();
        others.Add((context, problems));
        return (await context.NewPageAsync(), context);
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
