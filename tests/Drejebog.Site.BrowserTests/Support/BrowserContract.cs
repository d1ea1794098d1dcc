using System.Text.Json;
using Microsoft.Playwright;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// The names docs/browser.md fixes for the page scripts: storage keys, the site id, and the markup
/// hooks the tests find elements by. Kept here once so a change to the contract is one edit.
/// </summary>
internal static class BrowserContract
{
    public const string SiteId = "drejebog.netlify.app";
    public const string ProgressKey = "drejebog:v1:fremskridt";
    public const string RoleKey = "drejebog:v1:rolle";
    public const string PlanKey = "drejebog:v1:plan";
    public const string DamagedPrefix = "drejebog:v1:fremskridt:beskadiget:";
    public const string ExportFormat = "drejebog-fremskridt";

    /// <summary>
    /// An init script (runs before the page's own) for storage with room for anything but a copy
    /// set aside under a <c>…:beskadiget:…</c> key, as when the storage is nearly full.
    /// </summary>
    public const string NoRoomToSetAsideScript = """
        (() => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (String(key).includes(':beskadiget:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return setItem.call(this, key, value);
          };
        })();
        """;

    /// <summary>The checkbox the scripts make for a deliverable.</summary>
    public static ILocator Checkbox(IPage page, string deliverableId) =>
        page.Locator($"input[type=checkbox][data-deliverable=\"{deliverableId}\"]");

    public static ILocator RoleSelect(IPage page) => page.Locator("[data-role-picker] select#role-select");

    public static ILocator StorageNotice(IPage page) => page.Locator("[data-storage-notice]");

    public static Task<string?> StoredAsync(IPage page, string key) =>
        page.EvaluateAsync<string?>("key => localStorage.getItem(key)", key);

    public static Task StoreAsync(IPage page, string key, string value) =>
        page.EvaluateAsync("([key, value]) => localStorage.setItem(key, value)", new[] { key, value });

    /// <summary>Every localStorage key and value of the page's origin.</summary>
    public static async Task<Dictionary<string, string>> StorageAsync(IPage page) =>
        await page.EvaluateAsync<Dictionary<string, string>>("() => Object.fromEntries(Object.entries(localStorage))");

    /// <summary>The deliverable ids saved as done, after checking the stored value's shape.</summary>
    public static async Task<SortedSet<string>> StoredDoneAsync(IPage page)
    {
        var stored = await StoredAsync(page, ProgressKey);
        if (stored is null)
        {
            return new SortedSet<string>(StringComparer.Ordinal);
        }
        return DoneItems(stored, "stored progress");
    }

    /// <summary>Checks a progress value (stored or exported) and returns the ids marked done.</summary>
    public static SortedSet<string> DoneItems(string json, string what)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("schema").GetInt32() == 1, $"{what}: schema is not 1: {json}");
        Assert.True(root.GetProperty("site").GetString() == SiteId, $"{what}: site is not {SiteId}: {json}");
        var done = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("items").EnumerateObject())
        {
            Assert.True(item.Value.GetProperty("done").GetBoolean(), $"{what}: {item.Name} is saved but not done: {json}");
            Assert.True(DateTimeOffset.TryParse(item.Value.GetProperty("at").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _),
                $"{what}: {item.Name} has no ISO time in \"at\": {json}");
            done.Add(item.Name);
        }
        return done;
    }

    /// <summary>A stored or exported progress value with <paramref name="ids"/> done.</summary>
    public static string ProgressJson(IEnumerable<string> ids, string site = SiteId, int schema = 1, string? format = null)
    {
        var items = ids.ToDictionary(id => id, _ => new { done = true, at = "2026-11-27T11:58:00.000Z" });
        object value = format is null
            ? new { schema, site, items }
            : new { format, schema, site, exported = "2026-11-27T12:00:00.000Z", items };
        return JsonSerializer.Serialize(value);
    }
}
