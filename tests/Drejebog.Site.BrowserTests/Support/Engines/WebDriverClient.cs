using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// Plain W3C WebDriver over HTTP (JSON in, <c>{"value": …}</c> out), for WebKitWebDriver: only the
/// commands the WebKit engine sends, with the driver's error turned into an exception that says it.
/// </summary>
internal sealed class WebDriverClient(Uri address) : IDisposable
{
    // A hang guard only: page loads and scripts answer in seconds.
    private readonly HttpClient http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(90) };

    public Task<JsonElement> PostAsync(string path, JsonObject body, CancellationToken cancel = default) => SendAsync(HttpMethod.Post, path, body, cancel);

    public Task<JsonElement> GetAsync(string path, CancellationToken cancel = default) => SendAsync(HttpMethod.Get, path, null, cancel);

    public Task<JsonElement> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null, default);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await http.SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        JsonElement value;
        try
        {
            value = JsonDocument.Parse(text).RootElement.GetProperty("value");
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"WebKitWebDriver answered {method} {path} with {(int)response.StatusCode} and no WebDriver value: {text}", error);
        }
        if (!response.IsSuccessStatusCode)
        {
            var code = value.TryGetProperty("error", out var error) ? error.GetString() : "?";
            var message = value.TryGetProperty("message", out var said) ? said.GetString() : text;
            throw new InvalidOperationException($"WebKitWebDriver refused {method} {path}: {code}: {message}");
        }
        return value;
    }

    public void Dispose() => http.Dispose();
}
