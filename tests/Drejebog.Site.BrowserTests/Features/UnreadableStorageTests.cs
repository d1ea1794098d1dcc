using System.Text;
using Drejebog.Site.BrowserTests.Support;
using Microsoft.Playwright;
using static Drejebog.Site.BrowserTests.Support.BrowserContract;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// A stored value that cannot be read and cannot be set aside (the storage is full) is never
/// overwritten until the reader agrees: the page says so, offers the value as a file, saves no
/// ticks meanwhile, and starts fresh only after "Ja, slet og start forfra".
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class UnreadableStorageTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string FirstDeliverable = RealContent.First.Deliverables[0].Id;
    private static readonly string SecondDeliverable = RealContent.Second.Deliverables[0].Id;
    private static readonly string ThirdDeliverable = RealContent.Second.Deliverables[1].Id;

    private ILocator Held => StorageNotice(Page).Locator("[data-notice-reason=held]");

    [Fact]
    public async Task A_value_too_large_to_set_aside_is_kept_offered_as_a_file_and_replaced_only_after_consent()
    {
        var damaged = "{\"schema\":1,\"items\":{\"æøå 🎉\"" + new string('x', 1_000_000);
        await GoAsync("/");
        await FillStorageAfterAsync(damaged);

        await GoAsync(RealContent.FirstPage);

        await Expect(Held).ToBeVisibleAsync();
        await Checkbox(Page, FirstDeliverable).CheckAsync();
        await Expect(Checkbox(Page, FirstDeliverable)).ToBeCheckedAsync();
        // The checkbox does not pretend: a note by the list says the tick is not saved.
        var note = Page.Locator("[data-unsaved-note]");
        await Expect(note).ToBeVisibleAsync();
        await Expect(Checkbox(Page, FirstDeliverable)).ToHaveAttributeAsync("aria-describedby", (await note.GetAttributeAsync("id"))!);
        await AssertKeptAsync(ProgressKey, damaged);

        Assert.Equal(Encoding.UTF8.GetBytes(damaged), await DownloadAsync());

        await Held.Locator("[data-damaged-start]").ClickAsync();
        await Expect(Held.Locator("[data-damaged-discard]")).ToBeFocusedAsync();
        await Held.Locator("[data-damaged-cancel]").ClickAsync();
        await Expect(Held.Locator("[data-damaged-discard]")).ToBeHiddenAsync();
        await Expect(Held.Locator("[data-damaged-start]")).ToBeFocusedAsync();
        await AssertKeptAsync(ProgressKey, damaged);

        await GoAsync(RealContent.SecondPage);
        await Checkbox(Page, SecondDeliverable).CheckAsync();
        await AssertKeptAsync(ProgressKey, damaged);

        await Held.Locator("[data-damaged-start]").ClickAsync();
        await Held.Locator("[data-damaged-discard]").ClickAsync();

        await Expect(StorageNotice(Page).Locator("[data-notice-reason=discarded]")).ToBeFocusedAsync();
        await Expect(Held).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-unsaved-note]").First).ToBeHiddenAsync();
        // What was ticked on this page while the value was held is saved now.
        Assert.Equal(Sets.Of(SecondDeliverable), await StoredDoneAsync(Page));
        await Checkbox(Page, ThirdDeliverable).CheckAsync();
        Assert.Equal(Sets.Of(SecondDeliverable, ThirdDeliverable), await StoredDoneAsync(Page));
        await Page.ReloadAsync();
        await Expect(Checkbox(Page, ThirdDeliverable)).ToBeCheckedAsync();
        await Expect(StorageNotice(Page)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_unreadable_stored_plan_is_set_aside_whole_and_the_reader_is_told()
    {
        const string Damaged = """{"schema":1,"site":"drejebog.netlify.app","plan":{"start":"2026-02-30"}}""";
        await GoAsync("/");
        await StoreAsync(Page, PlanKey, Damaged);

        await GoAsync(RealContent.FirstPage);

        var notice = StorageNotice(Page).Locator("[data-notice-reason=damaged]");
        await Expect(notice).ToContainTextAsync("Jeres gemte plan kunne ikke læses");
        var storage = await StorageAsync(Page);
        Assert.DoesNotContain(PlanKey, storage.Keys);
        var setAside = Assert.Single(storage, entry => entry.Key.StartsWith(PlanKey + ":beskadiget:", StringComparison.Ordinal));
        Assert.Equal(Damaged, setAside.Value);
        await Expect(notice).ToContainTextAsync(setAside.Key);
    }

    [Fact]
    public async Task An_unreadable_stored_role_is_kept_while_the_role_filter_works_and_replaced_after_consent()
    {
        const string Damaged = "<ikke en rolle>";
        await Context.AddInitScriptAsync(NoRoomToSetAsideScript);
        await GoAsync("/");
        await StoreAsync(Page, RoleKey, Damaged);

        await GoAsync(RealContent.FirstPhasePage);

        await Expect(Held).ToBeVisibleAsync();
        await RoleSelect(Page).SelectOptionAsync("systemejer");
        await Expect(Page.Locator("[data-milestone-item]:visible")).ToHaveCountAsync(RealContent.MilestonesWithRole("systemejer", RealContent.FirstPhase).Count);
        await AssertKeptAsync(RoleKey, Damaged);
        Assert.Equal(Encoding.UTF8.GetBytes(Damaged), await DownloadAsync());

        await Held.Locator("[data-damaged-start]").ClickAsync();
        await Held.Locator("[data-damaged-discard]").ClickAsync();

        Assert.Equal("systemejer", await StoredAsync(Page, RoleKey));
        await Expect(Held).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_value_that_is_not_valid_utf16_is_offered_byte_for_byte_as_utf16()
    {
        await Context.AddInitScriptAsync(NoRoomToSetAsideScript);
        await GoAsync("/");
        // A lone surrogate has no UTF-8 form; the file keeps it as UTF-16LE after a byte-order mark.
        await Page.EvaluateAsync("key => localStorage.setItem(key, '{\\uD800 ødelagt')", ProgressKey);

        await GoAsync(RealContent.FirstPage);

        await Expect(Held).ToBeVisibleAsync();
        byte[] expected = [0xFF, 0xFE, .. "{\uD800 ødelagt".SelectMany(c => new[] { (byte)(c & 0xFF), (byte)(c >> 8) })];
        Assert.Equal(expected, await DownloadAsync());
    }

    [Fact]
    public async Task The_question_is_answered_with_the_keyboard_and_focus_is_visible()
    {
        await Context.AddInitScriptAsync(NoRoomToSetAsideScript);
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, "{not json");
        await GoAsync(RealContent.FirstPage);
        await Expect(Held).ToBeVisibleAsync();

        var start = Held.Locator("[data-damaged-start]");
        for (var presses = 0; presses < 40 && !await start.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }
        await Expect(start).ToBeFocusedAsync();
        await AssertFocusVisibleAsync(start);
        await Page.Keyboard.PressAsync("Enter");
        var discard = Held.Locator("[data-damaged-discard]");
        await Expect(discard).ToBeFocusedAsync();
        await AssertFocusVisibleAsync(discard);
        await Page.Keyboard.PressAsync("Space");

        await Expect(StorageNotice(Page).Locator("[data-notice-reason=discarded]")).ToBeFocusedAsync();
        // The damaged value is gone; what is saved now is this page's (empty) progress.
        Assert.Empty(await StoredDoneAsync(Page));
    }

    [Fact]
    public async Task When_another_tab_starts_fresh_this_tab_stops_holding_and_saves_again()
    {
        await Context.AddInitScriptAsync(NoRoomToSetAsideScript);
        await GoAsync("/");
        await StoreAsync(Page, ProgressKey, "{not json");
        await GoAsync(RealContent.FirstPage);
        var other = await NewTabAsync();
        await GoAsync(RealContent.SecondPage, other);
        await Checkbox(other, SecondDeliverable).CheckAsync();
        await Expect(Held).ToBeVisibleAsync();

        var otherHeld = StorageNotice(other).Locator("[data-notice-reason=held]");
        await otherHeld.Locator("[data-damaged-start]").ClickAsync();
        await otherHeld.Locator("[data-damaged-discard]").ClickAsync();

        await Expect(Held).ToHaveCountAsync(0);
        await Checkbox(Page, FirstDeliverable).CheckAsync();
        Assert.Equal(Sets.Of(FirstDeliverable, SecondDeliverable), await StoredDoneAsync(Page));
    }

    /// <summary>Stores <paramref name="damaged"/> as the progress, then fills localStorage to the last character.</summary>
    private async Task FillStorageAfterAsync(string damaged) => await Page.EvaluateAsync("""
        ([key, damaged]) => {
          localStorage.setItem(key, damaged);
          let chunk = 'f'.repeat(1 << 20);
          for (let n = 0; chunk.length > 0; n++) {
            try { localStorage.setItem('fyld:' + n, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
          }
        }
        """, new[] { ProgressKey, damaged });

    private async Task AssertKeptAsync(string key, string damaged)
    {
        Assert.True(await StoredAsync(Page, key) == damaged, $"{key} was changed before the reader agreed");
        // Keys only: the filled storage holds megabytes.
        var keys = await Page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        Assert.DoesNotContain(keys, k => k.Contains(":beskadiget:", StringComparison.Ordinal));
    }

    private async Task<byte[]> DownloadAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Held.Locator("[data-damaged-download]").ClickAsync());
        Assert.EndsWith(".txt", download.SuggestedFilename, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    private static async Task AssertFocusVisibleAsync(ILocator element)
    {
        var outline = await element.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow; }");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) && outline.EndsWith("none", StringComparison.Ordinal), $"no visible focus: {outline}");
    }
}
