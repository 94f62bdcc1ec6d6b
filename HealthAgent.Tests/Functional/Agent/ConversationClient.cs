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

    /// <summary>Runs a command, expects 200 and returns the response document.</summary>
    public async Task<JsonElement> RunAsync(string command, string? args = null)
    {
        var response = await CommandAsync(command, args);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"/{command} should be answered, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Text(JsonElement response) => response.GetProperty("reply").GetProperty("text").GetString()!;

    /// <summary>Every button of the reply, row by row.</summary>
    public static IEnumerable<JsonElement> Buttons(JsonElement response) =>
        response.GetProperty("reply").GetProperty("buttons").EnumerateArray().SelectMany(row => row.EnumerateArray());

    /// <summary>The buttons' actions.</summary>
    public static List<string> Actions(JsonElement response) => [.. Buttons(response).Select(b => b.GetProperty("action").GetString()!)];

    /// <summary>The buttons' labels.</summary>
    public static List<string> Labels(JsonElement response) => [.. Buttons(response).Select(b => b.GetProperty("label").GetString()!)];

    /// <summary>The one action that ends with <c>:{value}</c> (a flow's or a draft's button).</summary>
    public static string Action(JsonElement response, string value) => Actions(response).Single(a => a.EndsWith(":" + value, StringComparison.Ordinal));
}
