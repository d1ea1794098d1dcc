namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// One browser engine, started once per test class: Chromium (Playwright), Firefox (WebDriver BiDi)
/// or WebKit (W3C WebDriver). The core-flow tests see only this, <see cref="IBrowserProfile"/> and
/// <see cref="IEngineTab"/>, so each flow is written once for all three.
/// </summary>
internal interface IEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>A fresh profile: empty localStorage, no tabs yet.</summary>
    Task<IBrowserProfile> NewProfileAsync();
}

/// <summary>What a reader's browser is: tabs that share one localStorage.</summary>
internal interface IBrowserProfile : IAsyncDisposable
{
    Task<IEngineTab> NewTabAsync();
}

/// <summary>
/// The few things an engine does natively in one tab. Everything else (reading the page, waiting,
/// choosing an option) is page script in <see cref="Tab"/>, the same for every engine.
/// </summary>
internal interface IEngineTab
{
    /// <summary>Loads <paramref name="url"/> and returns once the page's load event has fired.</summary>
    Task GoAsync(Uri url);

    Task ReloadAsync();

    /// <summary>Sizes the page's viewport (what <c>innerWidth</c> and the media queries see).</summary>
    Task SetViewportAsync(int width, int height);

    /// <summary>
    /// Runs <paramref name="function"/> (JavaScript source of a function of one string that returns
    /// a string or a promise of one) with <paramref name="argument"/>, and returns its result.
    /// </summary>
    Task<string> CallAsync(string function, string argument);

    /// <summary>A real mouse click (the engine's input, not <c>element.click()</c>) in the middle of the element.</summary>
    Task ClickAsync(string selector);

    /// <summary>Real key presses, one per character, into the focused element.</summary>
    Task TypeAsync(string text);

    /// <summary>Presses and releases one named key (<see cref="KeyNames"/>) in the focused element.</summary>
    Task PressAsync(string key);
}
