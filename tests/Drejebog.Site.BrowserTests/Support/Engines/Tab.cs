using System.Diagnostics;
using System.Text.Json;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// A tab as the core-flow tests use it, the same for every engine: page script (sent as JSON and
/// read back as JSON), waiting for a condition in the page, and a few reader actions built on
/// <see cref="IEngineTab"/>. Waits poll the page until a generous hang guard, never sleep a fixed time.
/// </summary>
internal sealed class Tab(IEngineTab engine, Uri baseAddress, string engineName)
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public Task GoAsync(string path) => engine.GoAsync(new Uri(baseAddress, path));

    public Task ReloadAsync() => engine.ReloadAsync();

    public Task SetViewportAsync(int width, int height) => engine.SetViewportAsync(width, height);

    /// <summary>
    /// Calls the JavaScript function <paramref name="function"/> with <paramref name="args"/> (as
    /// JSON) and returns its (awaited) result read from JSON.
    /// </summary>
    public async Task<T> EvaluateAsync<T>(string function, params object?[] args)
    {
        var wrapper = $$"""
            async (json) => {
              const value = await ({{function}})(...JSON.parse(json));
              return JSON.stringify(value === undefined ? null : value);
            }
            """;
        var json = await engine.CallAsync(wrapper, JsonSerializer.Serialize(args));
        return JsonSerializer.Deserialize<T>(json)!;
    }

    public Task EvaluateAsync(string function, params object?[] args) => EvaluateAsync<JsonElement>(function, args);

    /// <summary>
    /// Waits until <paramref name="function"/> returns a value <paramref name="until"/> accepts, and
    /// returns it; fails with <paramref name="what"/> and the last value when it never does.
    /// </summary>
    public async Task<T> WaitForAsync<T>(string what, string function, Func<T, bool> until, params object?[] args)
    {
        var clock = Stopwatch.StartNew();
        string last;
        while (true)
        {
            try
            {
                var value = await EvaluateAsync<T>(function, args);
                if (until(value))
                {
                    return value;
                }
                last = JsonSerializer.Serialize(value);
            }
            catch (Exception error) when (error is not TimeoutException)
            {
                // A navigation replaced the page under the script; the next poll asks the new one.
                last = $"{error.GetType().Name}: {error.Message}";
            }
            if (clock.Elapsed > WaitLimit)
            {
                break;
            }
            await Task.Delay(PollEvery);
        }
        throw new TimeoutException($"{engineName}: {what} did not happen within {WaitLimit.TotalSeconds} s; last seen: {last}");
    }

    /// <summary>Waits until <paramref name="predicate"/> (a function returning a boolean) is true.</summary>
    public Task WaitForAsync(string what, string predicate, params object?[] args) =>
        WaitForAsync<bool>(what, predicate, ok => ok, args);

    /// <summary>
    /// Waits until <paramref name="selector"/> matches a rendered element that has stopped moving
    /// (fonts loaded and the same box in two polls in a row), then clicks it with the engine's mouse:
    /// engines aim at where the element was, so a late layout change would make the click miss.
    /// </summary>
    public async Task ClickAsync(string selector)
    {
        await WaitForAsync($"{selector} to be shown and still", $$"""
            sel => {
              const e = document.querySelector(sel);
              if (!e || document.fonts.status !== 'loaded') return false;
              e.scrollIntoView({ block: 'center' });
              const box = JSON.stringify(e.getBoundingClientRect());
              const still = window.__lastClickBox === sel + box;
              window.__lastClickBox = sel + box;
              return still && {{Shown}};
            }
            """, selector);
        await engine.ClickAsync(selector);
    }

    /// <summary>Clicks into the field and types <paramref name="text"/> key by key.</summary>
    public async Task TypeAsync(string selector, string text)
    {
        await ClickAsync(selector);
        await engine.TypeAsync(text);
    }

    /// <summary>Presses one key (by its <c>KeyboardEvent.key</c> name) where the focus is.</summary>
    public Task PressAsync(string key) => engine.PressAsync(key);

    /// <summary>Waits until the focus is on the <paramref name="index"/>th element <paramref name="selector"/> matches.</summary>
    public Task WaitForFocusAsync(string selector, int index = 0) =>
        WaitForAsync<string>($"the focus on {selector} #{index}", """
            (sel, n) => document.activeElement === document.querySelectorAll(sel)[n] ? 'yes'
              : `on ${document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'}`
            """, focused => focused == "yes", selector, index);

    /// <summary>Chooses an option in a select as a reader does (value, then input and change events).</summary>
    public Task SelectAsync(string selector, string value) => EvaluateAsync("""
        (sel, value) => {
          const select = document.querySelector(sel);
          if (![...select.options].some(o => o.value === value)) throw new Error(`${sel} has no option ${value}`);
          select.value = value;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        """, selector, value);

    /// <summary>
    /// Gives a field a value as typing it ends (input, then change events). Typing key by key into a
    /// date field differs between engines and locales; the value a reader ends with does not.
    /// </summary>
    public Task FillAsync(string selector, string value) => EvaluateAsync("""
        (sel, value) => {
          const input = document.querySelector(sel);
          input.focus();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
        """, selector, value);

    /// <summary>Puts a file into an <c>input type=file</c> as a reader's choice does, and fires change.</summary>
    public Task ChooseFileAsync(string selector, string name, string content) => EvaluateAsync("""
        (sel, name, content) => {
          const input = document.querySelector(sel);
          const files = new DataTransfer();
          files.items.add(new File([content], name, { type: 'application/json' }));
          input.files = files.files;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
        """, selector, name, content);

    public Task<bool> IsShownAsync(string selector) =>
        EvaluateAsync<bool>($"sel => {{ const e = document.querySelector(sel); return !!e && {Shown}; }}", selector);

    public Task<int> CountShownAsync(string selector) =>
        EvaluateAsync<int>($"sel => [...document.querySelectorAll(sel)].filter(e => {Shown}).length", selector);

    public Task<string?> TextAsync(string selector) =>
        EvaluateAsync<string?>("sel => document.querySelector(sel)?.textContent.replace(/\\s+/g, ' ').trim() ?? null", selector);

    public Task<string?> ValueAsync(string selector) =>
        EvaluateAsync<string?>("sel => document.querySelector(sel)?.value ?? null", selector);

    public Task<bool?> CheckedAsync(string selector) =>
        EvaluateAsync<bool?>("sel => document.querySelector(sel)?.checked ?? null", selector);

    public Task<string?> StoredAsync(string key) => EvaluateAsync<string?>("key => localStorage.getItem(key)", key);

    public Task<string> UrlAsync() => EvaluateAsync<string>("() => location.href");

    // Rendered and not hidden: a box with a size, and not made invisible by CSS.
    private const string Shown = "(e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')";
}
