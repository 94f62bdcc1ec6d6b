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

        var menu = await chat.RunAsync("settings");
        await chat.PressAsync(ConversationClient.Action(menu, "timezone"));
        var zoned = await chat.SayAsync("Lisbon");
        await chat.PressAsync(ConversationClient.Action(zoned, "kcal"));
        var goal = await chat.SayAsync("2,100");
        await chat.PressAsync(ConversationClient.Action(goal, "summary"));
        var summary = await chat.SayAsync("9:30 pm");
        var paused = await chat.PressAsync(ConversationClient.Action(summary, "pause"));
        var plan = ConversationClient.Text(await chat.PressAsync(ConversationClient.Action(paused, "plan")));

        ConversationClient.Labels(menu).Should().Contain(["🕒 Time zone: UTC", "🎯 Calorie goal: not set", "📬 Daily summary: off", "⏰ Pause 1 reminder", "⭐ Plan: free"]);
        ConversationClient.Text(zoned).Should().StartWith("Time zone set to Europe/Lisbon.");
        ConversationClient.Labels(zoned).Should().Contain("🕒 Time zone: Europe/Lisbon");
        ConversationClient.Labels(goal).Should().Contain("🎯 Calorie goal: 2,100 kcal");
        ConversationClient.Labels(summary).Should().Contain("📬 Daily summary: 21:30");
        ConversationClient.Text(paused).Should().StartWith("All reminders paused.");
        ConversationClient.Labels(paused).Should().Contain("⏰ Resume 1 reminder");
        plan.Should().Contain("/activate");
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/reminders")).EnumerateArray().Single().GetProperty("active").GetBoolean().Should().BeFalse();
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/goals")).GetProperty("dailyKcal").GetInt32().Should().Be(2100);
    }

    [Fact]
    public async Task AnImpossibleValue_IsAskedAgain_AndBackLeavesItUnchanged()
    {
        var bob = await host.CreateUserAsync("Bob");
        var chat = new ConversationClient(bob);

        var menu = await chat.RunAsync("settings");
        await chat.PressAsync(ConversationClient.Action(menu, "kcal"));
        var tooMuch = await chat.SayAsync("90000");
        var back = await chat.PressAsync(ConversationClient.Action(tooMuch, "skip"));

        ConversationClient.Text(tooMuch).Should().Contain("8000");
        ConversationClient.Text(back).Should().StartWith("Unchanged.");
        ConversationClient.Labels(back).Should().Contain("🎯 Calorie goal: not set");
    }

    [Fact]
    public async Task Units_Imperial_ShowsPounds_ReadsABareNumberAsPounds_AndStillStoresKilograms()
    {
        var cleo = await host.CreateUserAsync("Cleo");
        var chat = new ConversationClient(cleo);
        var u = $"/api/v1/users/{cleo.Id}";
        var range = $"?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}";

        var menu = await chat.RunAsync("settings");
        var imperial = await chat.PressAsync(ConversationClient.Action(menu, "imperial"));
        var again = await chat.PressAsync(ConversationClient.Action(menu, "imperial"));
        await chat.PressAsync("flow:settings:menu:close");
        var bare = ConversationClient.Text(await chat.SayAsync("weight 180"));
        var said = ConversationClient.Text(await chat.SayAsync("weight 80 kg"));
        var target = ConversationClient.Text(await chat.SayAsync("goal weight 165"));
        var chart = ConversationClient.Text(await chat.SayAsync("show my weight chart"));
        var goals = await cleo.Client.GetFromJsonAsync<JsonElement>($"{u}/goals");
        var weights = (await cleo.Client.GetFromJsonAsync<JsonElement>($"{u}/tracking/weight{range}")).GetProperty("items").EnumerateArray()
            .Select(w => w.GetProperty("weightKg").GetDecimal()).ToList();
        var metric = await chat.PressAsync(ConversationClient.Action(await chat.RunAsync("settings"), "metric"));

        ConversationClient.Labels(menu).Should().Contain("📏 Units: metric (kg, cm)");
        ConversationClient.Text(imperial).Should().StartWith("Units set to imperial");
        ConversationClient.Labels(imperial).Should().Contain("📏 Units: imperial (lb, ft/in)");
        ConversationClient.Labels(again).Should().Contain("📏 Units: imperial (lb, ft/in)", "an older menu's button sets imperial again, it does not flip back");
        bare.Should().StartWith("Weight 180 lb logged.");
        said.Should().StartWith("Weight 176.4 lb logged.", "80 kg said in kg is stored as 80 kg and shown in pounds");
        weights.Should().BeEquivalentTo([81.65m, 80m]);
        target.Should().Contain("target weight 165 lb");
        goals.GetProperty("targetWeightKg").GetDecimal().Should().Be(74.84m, "165 lb, stored in kg");
        chart.Should().StartWith("Weight: 176.4 lb now, -3.6 lb over 2 weigh-in(s) in 30 days, target 165 lb.");
        ConversationClient.Labels(metric).Should().Contain("📏 Units: metric (kg, cm)");
        (await cleo.Client.GetFromJsonAsync<JsonElement>(u)).GetProperty("units").GetString().Should().Be("metric");
    }

    [Fact]
    public async Task Units_OverRest_AreChangedByPatch_AndAnUnknownSystemIsAProblemNamingTheField()
    {
        var dan = await host.CreateUserAsync("Dan");
        var u = $"/api/v1/users/{dan.Id}";

        var changed = await dan.Client.PatchAsJsonAsync(u, new { units = "imperial" });
        var wrong = await dan.Client.PatchAsJsonAsync(u, new { units = "furlongs" });

        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("units").GetString().Should().Be("imperial");
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("units");
    }
}
