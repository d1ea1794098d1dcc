using System.Globalization;
using Drejebog.Site.BrowserTests.Support;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>When localStorage throws or holds something unreadable, the pages still work and say so.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class StorageFailureTests(SiteFixture site) : BrowserTest(site)
{
    /// <summary>Ways a browser refuses storage, as init scripts that run before the page's own.</summary>
    public static TheoryData<string, string> RefusingStorage => new()
    {
        {
            "setItem and getItem throw",
            """
            (() => {
              const refuse = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
              Storage.prototype.setItem = refuse;
              Storage.prototype.getItem = refuse;
            })();
            """
        },
        {
            // Chromium with site data blocked: even reading window.localStorage throws.
            "window.localStorage throws",
            """
            Object.defineProperty(window, 'localStorage', {
              get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
            });
            """
        },
        {
            "storage is full",
            """
            Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
            """
        },
    };

    private static readonly string Deliverable = RealContent.First.Deliverables[0].Id;

    [Theory]
    [MemberData(nameof(RefusingStorage))]
    public async Task When_storage_refuses_the_page_works_says_progress_is_not_saved_and_ticking_still_works(string what, string script)
    {
        await Context.AddInitScriptAsync(script);
        await GoAsync(RealContent.FirstPhasePage);

        var notice = StorageNotice(Page);
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).Not.ToBeEmptyAsync();

        await Checkbox(Page, Deliverable).CheckAsync();

        Assert.True(await Checkbox(Page, Deliverable).IsCheckedAsync(), $"{what}: the tick did not stay on the page");
        var phaseMilestones = RealContent.Milestones.Count(m => m.Phase == RealContent.FirstPhase);
        await Expect(Page.Locator($"[data-progress=\"phase:{RealContent.FirstPhase}\"]")).ToContainTextAsync($"1 af {phaseMilestones}");
        // The role picker works on the page too, without being able to remember the choice.
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        await Expect(Page.Locator("[data-milestone-item]:visible")).ToHaveCountAsync(RealContent.MilestonesWithRole("systemejer", RealContent.FirstPhase).Count);
        await Expect(notice).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_corrupted_stored_value_is_set_aside_with_a_notice_and_ticking_starts_afresh()
    {
        const string Corrupted = "{not json";
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, Corrupted);

        await GoAsync(RealContent.FirstPage);

        var notice = StorageNotice(Page);
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).Not.ToBeEmptyAsync();
        await Expect(Checkbox(Page, Deliverable)).Not.ToBeCheckedAsync();
        var storage = await StorageAsync(Page);
        var setAside = Assert.Single(storage, entry => entry.Key.StartsWith(DamagedPrefix, StringComparison.Ordinal));
        Assert.Equal(Corrupted, setAside.Value);
        Assert.True(DateTimeOffset.TryParse(setAside.Key[DamagedPrefix.Length..], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            $"{setAside.Key} does not end in an ISO time");
        var download = await Page.RunAndWaitForDownloadAsync(() => notice.Locator("[data-damaged-download]").ClickAsync());
        Assert.Equal(Corrupted, await File.ReadAllTextAsync(await download.PathAsync()));

        await Checkbox(Page, Deliverable).CheckAsync();

        Assert.Equal(Sets.Of(Deliverable), await StoredDoneAsync(Page));
        Assert.Equal(Corrupted, await StoredAsync(Page, setAside.Key));
        await Page.ReloadAsync();
        await Expect(Checkbox(Page, Deliverable)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Stored_json_of_the_wrong_shape_is_set_aside_too()
    {
        const string Stored = """{"schema":1,"site":"drejebog.netlify.app","items":["a"]}""";
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, Stored);

        await GoAsync(RealContent.FirstPage);

        await Expect(StorageNotice(Page)).ToBeVisibleAsync();
        var storage = await StorageAsync(Page);
        Assert.True(storage.Any(e => e.Key.StartsWith(DamagedPrefix, StringComparison.Ordinal) && e.Value == Stored),
            $"the value was not set aside: {string.Join(", ", storage.Keys)}");
    }

    [Fact]
    public async Task With_working_storage_there_is_no_notice()
    {
        await GoAsync(RealContent.FirstPage);
        await Checkbox(Page, Deliverable).CheckAsync();

        await Expect(StorageNotice(Page)).ToBeHiddenAsync();
    }
}
