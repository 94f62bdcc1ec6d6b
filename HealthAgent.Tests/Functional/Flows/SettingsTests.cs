using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Flows;

/// <summary>/settings: a menu of the current settings; each button changes one and the menu comes back with it changed.</summary>
public sealed class SettingsTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task TheMenu_ShowsAndChangesTimeZoneGoalSummaryAndReminders()
    {
        var ada = await host.CreateUserAsync();
        var u = $"/api/v1/users/{ada.Id}";
        (await ada.Client.PostAsJsonAsync($"{u}/reminders", new
        {
            message = "Vitamin D", kind = "medication", schedule = new { type = "daily", time = "09:00" },
        })).EnsureSuccessStatusCode();
        var chat = new ConversationClient(ada);

        var menu = await CommandAsync(chat, "settings");
        await chat.PressAsync(Button(menu, "timezone"));
        var zoned = await chat.SayAsync("Lisbon");
        await chat.PressAsync(Button(zoned, "kcal"));
        var goal = await chat.SayAsync("2,100");
        await chat.PressAsync(Button(goal, "summary"));
        var summary = await chat.SayAsync("9:30 pm");
        var paused = await chat.PressAsync(Button(summary, "pause"));
        var plan = ConversationClient.Text(await chat.PressAsync(Button(paused, "plan")));

        Labels(menu).Should().Contain(["🕒 Time zone: UTC", "🎯 Calorie goal: not set", "📬 Daily summary: off", "⏰ Pause 1 reminder", "⭐ Plan: free"]);
        ConversationClient.Text(zoned).Should().StartWith("Time zone set to Europe/Lisbon.");
        Labels(zoned).Should().Contain("🕒 Time zone: Europe/Lisbon");
        Labels(goal).Should().Contain("🎯 Calorie goal: 2,100 kcal");
        Labels(summary).Should().Contain("📬 Daily summary: 21:30");
        ConversationClient.Text(paused).Should().StartWith("All reminders paused.");
        Labels(paused).Should().Contain("⏰ Resume 1 reminder");
        plan.Should().Contain("/activate");
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/reminders")).EnumerateArray().Single().GetProperty("active").GetBoolean().Should().BeFalse();
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/goals")).GetProperty("dailyKcal").GetInt32().Should().Be(2100);
    }

    [Fact]
    public async Task AnImpossibleValue_IsAskedAgain_AndBackLeavesItUnchanged()
    {
        var bob = await host.CreateUserAsync("Bob");
        var chat = new ConversationClient(bob);

        var menu = await CommandAsync(chat, "settings");
        await chat.PressAsync(Button(menu, "kcal"));
        var tooMuch = await chat.SayAsync("90000");
        var back = await chat.PressAsync(Button(tooMuch, "skip"));

        ConversationClient.Text(tooMuch).Should().Contain("8000");
        ConversationClient.Text(back).Should().StartWith("Unchanged.");
        Labels(back).Should().Contain("🎯 Calorie goal: not set");
    }

    private static async Task<JsonElement> CommandAsync(ConversationClient chat, string command)
    {
        var response = await chat.CommandAsync(command);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> All(JsonElement response) =>
        response.GetProperty("reply").GetProperty("buttons").EnumerateArray().SelectMany(r => r.EnumerateArray());

    private static List<string> Labels(JsonElement response) => [.. All(response).Select(b => b.GetProperty("label").GetString()!)];

    private static string Button(JsonElement response, string value) =>
        All(response).Select(b => b.GetProperty("action").GetString()!).Single(a => a.EndsWith(":" + value, StringComparison.Ordinal));
}
