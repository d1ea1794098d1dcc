using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary><see cref="ChromiumLocator"/> with an environment and a Debian path of the test's own, so what this machine has installed does not matter.</summary>
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public void Chromium_path_wins_when_it_names_a_file()
    {
        var named = temp.Write("min/chrome", "");

        var found = Locator(new() { [ChromiumLocator.PathVariable] = named }, debian: temp.Write("debian/chromium", "")).Find();

        Assert.Equal(new ChromiumSearch(named, null), found);
    }

    [Fact]
    public void Chromium_path_that_names_no_file_is_not_replaced_by_another_browser()
    {
        var missing = temp.Combine("findes-ikke", "chromium");

        var found = Locator(new() { [ChromiumLocator.PathVariable] = missing }, debian: temp.Write("debian/chromium", "")).Find();

        Assert.Equal(new ChromiumSearch(null, $"CHROMIUM_PATH peger på {missing}, som ikke findes"), found);
    }

    [Fact]
    public void Without_chromium_path_debians_chromium_comes_before_path()
    {
        var debian = temp.Write("debian/chromium", "");
        temp.Write("bin/google-chrome", "");

        Assert.Equal(debian, Locator(new() { ["PATH"] = temp.Combine("bin") }, debian).Find().Path);
    }

    [Fact]
    public void Without_debians_chromium_the_first_name_on_path_is_used()
    {
        temp.Write("a/google-chrome", "");
        var browser = temp.Write("b/chromium-browser", "");
        var path = string.Join(Path.PathSeparator, temp.Combine("a"), temp.Combine("b"));

        // chromium-browser is looked for on the whole PATH before google-chrome.
        Assert.Equal(browser, Locator(new() { ["PATH"] = path }, temp.Combine("ingen-debian")).Find().Path);
    }

    [Fact]
    public void Without_any_browser_the_reason_names_where_it_looked()
    {
        var debian = temp.Combine("ingen-debian");

        var found = Locator(new() { ["PATH"] = temp.Combine("bin") }, debian).Find();

        Assert.Null(found.Path);
        Assert.Equal($"Chromium findes ikke (CHROMIUM_PATH er ikke sat, og hverken {debian} eller chromium, chromium-browser, google-chrome på PATH findes)", found.Missing);
    }

    public void Dispose() => temp.Dispose();

    private static ChromiumLocator Locator(Dictionary<string, string> environment, string debian) =>
        new(name => environment.GetValueOrDefault(name), debian);
}
