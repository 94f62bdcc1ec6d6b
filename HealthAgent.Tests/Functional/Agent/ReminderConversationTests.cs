using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Agent;

public sealed class ReminderConversationTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task OfflineBrain_CreatesListsMovesAndStopsReminders()
    {
        var ada = await host.CreateUserAsync(timeZone: "Europe/Berlin");

        var created = await SayAsync(ada, "remind me to Take vitamin D every day at 9");
        var tomorrow = await SayAsync(ada, "remind me tomorrow at 18:00 to call mum");
        var listed = await SayAsync(ada, "what reminders do I have?");
        var moved = await SayAsync(ada, "move my vitamin reminder to 8:30");
        var stopped = await SayAsync(ada, "stop the vitamin reminders");

        created.Should().StartWith("Reminder set: \"Take vitamin D\" every day at 09:00");
        tomorrow.Should().Contain("Call mum").And.Contain("18:00");
        listed.Should().Contain("Take vitamin D").And.Contain("Call mum");
        moved.Should().Contain("08:30");
        stopped.Should().Contain("Take vitamin D");
        var reminders = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/reminders");
        var vitamin = reminders.EnumerateArray().Single(r => r.GetProperty("message").GetString() == "Take vitamin D");
        vitamin.GetProperty("active").GetBoolean().Should().BeFalse("'stop' pauses the reminder");
        vitamin.GetProperty("schedule").GetProperty("time").GetString().Should().StartWith("08:30");
    }

    private static async Task<string> SayAsync(TestUser user, string text)
    {
        var response = await user.Client.PostAsJsonAsync($"/api/v1/conversations/{user.Id}/messages", new { text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reply").GetProperty("text").GetString()!;
    }
}
