using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Flows;

/// <summary>/sleep: the guided check-in logs last night with its answers and XP, in the user's own time zone.</summary>
public sealed class SleepCheckInTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task SixAnswers_LogLastNight_WithTheAnswers_XpAndATip()
    {
        var ada = await host.CreateUserAsync("Ada", "Asia/Tokyo");
        var chat = new ConversationClient(ada);

        var bed = await chat.RunAsync("sleep");
        var wake = await chat.PressAsync(ConversationClient.Action(bed, "23:00"));
        var quality = await chat.SayAsync("6:30");
        var awakenings = await chat.PressAsync(ConversationClient.Action(quality, "7"));
        var caffeine = await chat.PressAsync(ConversationClient.Action(awakenings, "3"));
        var screens = await chat.PressAsync(ConversationClient.Action(caffeine, "yes"));
        var logged = ConversationClient.Text(await chat.PressAsync(ConversationClient.Action(screens, "no")));

        ConversationClient.Text(bed).Should().StartWith("Sleep check-in").And.EndWith("When did you go to bed?");
        ConversationClient.Text(wake).Should().Be("When did you wake up?");
        logged.Should().StartWith("Sleep logged: 7 h 30 min (23:00–06:30), quality 7/10, woke 3 times. +").And.Contain("XP").And.Contain("Tip: caffeine");
        var entry = (await SleepAsync(ada)).Single();
        entry.GetProperty("quality").GetInt32().Should().Be(7);
        entry.GetProperty("awakenings").GetInt32().Should().Be(3);
        entry.GetProperty("caffeineLate").GetBoolean().Should().BeTrue();
        entry.GetProperty("screensBeforeBed").GetBoolean().Should().BeFalse();
        var bedtime = DateTimeOffset.Parse(entry.GetProperty("bedtime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        TimeZoneInfo.ConvertTime(bedtime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ToString("HH:mm").Should().Be("23:00", "times are the user's local times");
    }

    [Fact]
    public async Task SkippingATime_LogsNothing_SkippingTheRest_LogsWithWhatWasAnswered()
    {
        var bob = await host.CreateUserAsync("Bob");
        var chat = new ConversationClient(bob);

        await chat.RunAsync("sleep");
        var noTimes = ConversationClient.Text(await chat.SayAsync("skip"));
        await chat.RunAsync("sleep");
        await chat.SayAsync("11 pm");
        var stillAsking = ConversationClient.Text(await chat.SayAsync("25:00"));
        await chat.SayAsync("7am");
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await chat.SayAsync("skip");
        }

        noTimes.Should().Contain("can't log the night");
        stillAsking.Should().StartWith("A time like 23:30");
        var entry = (await SleepAsync(bob)).Single();
        entry.GetProperty("quality").GetInt32().Should().Be(5);
        entry.GetProperty("awakenings").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task AReminderButton_StartsTheCheckIn_EvenDuringAnotherFlow()
    {
        var cleo = await host.CreateUserAsync("Cleo");
        var chat = new ConversationClient(cleo);
        await chat.RunAsync("start");

        var started = ConversationClient.Text(await chat.PressAsync("flow:sleep:start:now"));
        var next = ConversationClient.Text(await chat.SayAsync("23:00"));

        started.Should().EndWith("When did you go to bed?");
        next.Should().Be("When did you wake up?", "the check-in replaced onboarding as the flow in progress");
    }

    private async Task<List<JsonElement>> SleepAsync(TestUser user)
    {
        var range = $"?from={DateTime.UtcNow.AddDays(-3):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}";
        return [.. (await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/tracking/sleep{range}")).GetProperty("items").EnumerateArray()];
    }

}
