using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Agent;

/// <summary>Talks to the conversation endpoints as the Bot does, for one user.</summary>
public sealed class ConversationClient(TestUser user, HttpClient? client = null)
{
    private readonly HttpClient _http = client ?? user.Client;

    public Task<HttpResponseMessage> PostAsync(object body) =>
        _http.PostAsJsonAsync($"/api/v1/conversations/{user.Id}/messages", body);

    /// <summary>Sends <paramref name="text"/>, expects 200 and returns the response document.</summary>
    public async Task<JsonElement> SayAsync(string text)
    {
        var response = await PostAsync(new { text });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"'{text}' should be answered, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> PressAsync(string action)
    {
        var response = await _http.PostAsJsonAsync($"/api/v1/conversations/{user.Id}/actions", new { action });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"'{action}' should be handled, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<HttpResponseMessage> CommandAsync(string command, string? args = null) =>
        _http.PostAsJsonAsync($"/api/v1/conversations/{user.Id}/commands", new { command, args });

    public static string Text(JsonElement response) => response.GetProperty("reply").GetProperty("text").GetString()!;
}
