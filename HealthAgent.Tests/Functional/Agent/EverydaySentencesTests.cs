using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Agent;

/// <summary>Sentences a new user tried that the offline brain did not understand, end to end through the conversation endpoint.</summary>
public sealed class EverydaySentencesTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task ARunASleepAMoodAFactAndTheWeek_AreUnderstood_AndStored()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);
        var u = $"/api/v1/users/{ada.Id}";
        var range = $"?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}";

        var ran = ConversationClient.Text(await chat.SayAsync("I just ran 5k in 28 minutes"));
        var slept = ConversationClient.Text(await chat.SayAsync("slept badly, maybe 5 hours"));
        var mood = ConversationClient.Text(await chat.SayAsync("feeling stressed today, mood 4/10"));
        var fact = ConversationClient.Text(await chat.SayAsync("I'm allergic to peanuts"));
        var week = ConversationClient.Text(await chat.SayAsync("how am I doing this week?"));

        ran.Should().StartWith("Running for 28 min logged");
        slept.Should().StartWith("Sleep logged: 5 h, quality 3/10.");
        mood.Should().StartWith("Mood 4/10 logged.");
        fact.Should().Be("Got it, I'll remember: \"i'm allergic to peanuts\".");
        week.Should().NotContain("didn't get that");
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/tracking/exercise{range}")).GetProperty("items")[0].GetProperty("minutes").GetInt32().Should().Be(28);
        (await ada.Client.GetFromJsonAsync<JsonElement>($"{u}/tracking/sleep{range}")).GetProperty("items")[0].GetProperty("quality").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task CanYouSuggestAHealthyDinner_OffersPlatesThatFitWhatIsLeftOfTheGoal_WithTableFigures()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);
        await chat.SayAsync("set my calorie goal to 2000");
        await chat.SayAsync("I had a chicken burrito and 2 slices of pizza for lunch");
        var today = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/summary/daily");
        var left = 2000 - today.GetProperty("totals").GetProperty("kcal").GetDecimal();

        var reply = ConversationClient.Text(await chat.SayAsync("can you suggest a healthy dinner?"));
        var snack = ConversationClient.Text(await chat.SayAsync("any snack ideas?"));

        reply.Should().StartWith($"Ideas for dinner (you have {Math.Round(left, 0)} kcal left today):");
        var plates = System.Text.RegularExpressions.Regex.Matches(reply, @"• (?<name>[^:]+): (?<kcal>\d+) kcal, [\d.]+ g protein");
        plates.Should().HaveCount(3, reply);
        plates.Select(m => decimal.Parse(m.Groups["kcal"].Value, System.Globalization.CultureInfo.InvariantCulture)).Should().OnlyContain(k => k <= left, "every plate fits what is left");
        snack.Should().StartWith("Ideas for snack");
    }

    [Fact]
    public async Task MealIdeas_OnADayOverItsGoal_OfferTheLightestPlates_AndSaySo()
    {
        var bea = await host.CreateUserAsync("Bea");
        var chat = new ConversationClient(bea);
        await chat.SayAsync("set my calorie goal to 1000");
        await chat.SayAsync("I had a beef burrito and 3 slices of pizza for lunch");

        var reply = ConversationClient.Text(await chat.SayAsync("any snack ideas?"));

        reply.Should().StartWith("Even the lightest snack ideas are over 0 kcal (you have 0 kcal left today):");
        System.Text.RegularExpressions.Regex.Matches(reply, "• ").Should().HaveCount(3, reply);
    }

    [Fact]
    public async Task DeleteThePizza_DeletesTheLatestEntryWithPizza_AndAMissingFoodIsSaidSo()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);
        await chat.SayAsync("I ate a pizza for dinner");
        await chat.SayAsync("2 eggs for breakfast");

        var deleted = ConversationClient.Text(await chat.SayAsync("delete the pizza"));
        var missing = ConversationClient.Text(await chat.SayAsync("delete the sushi"));
        var entries = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/entries");

        deleted.Should().Be("Deleted that entry; it no longer counts in your totals.");
        missing.Should().Contain("couldn't find \"sushi\"");
        entries.GetProperty("items").EnumerateArray().SelectMany(e => e.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("name").GetString())
            .Should().NotContain(n => n!.Contains("pizza")).And.Contain(n => n!.Contains("egg"));
    }

    [Fact]
    public async Task TheSaladWasALargeOne_RescalesItsFiguresFromTheTable_AndGramsWorkToo()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);
        await chat.SayAsync("I had a salad and 100 g of rice for lunch");
        var before = await ItemsAsync(ada);

        var large = ConversationClient.Text(await chat.SayAsync("the salad was a large one"));
        var grams = ConversationClient.Text(await chat.SayAsync("actually the rice was 300 g"));
        var unknown = ConversationClient.Text(await chat.SayAsync("the sushi was a large one"));
        var after = await ItemsAsync(ada);

        before["mixed salad"].Grams.Should().Be(200, "a salad is one serving of the mixed-salad recipe");
        after["mixed salad"].Grams.Should().Be(300, "the table's large mixed salad");
        after["mixed salad"].Kcal.Should().BeApproximately(before["mixed salad"].Kcal * 1.5m, 1);
        after["white rice"].Kcal.Should().BeApproximately(before["white rice"].Kcal * 3, 1);
        large.Should().StartWith("Updated your lunch: 1 large mixed salad (");
        grams.Should().Contain("300 g white rice");
        unknown.Should().Contain("couldn't find \"sushi\"");
    }

    private static async Task<Dictionary<string, (decimal Grams, decimal Kcal)>> ItemsAsync(TestUser user)
    {
        var entries = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/food/entries");
        return entries.GetProperty("items")[0].GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!,
            i => (i.GetProperty("grams").GetDecimal(), i.GetProperty("nutrients").GetProperty("kcal").GetDecimal()));
    }

    [Fact]
    public async Task TrackMyHeadaches_MakesATracker_AndHeadache3Of5_LogsInIt()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);

        var created = ConversationClient.Text(await chat.SayAsync("track my headaches"));
        var logged = ConversationClient.Text(await chat.SayAsync("headache 3/5"));
        var outOfRange = ConversationClient.Text(await chat.SayAsync("headache 9/10"));
        var trackers = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/trackers");

        created.Should().Be("Tracker \"headaches\" created. Log it like this: \"headache 3/5\".");
        logged.Should().StartWith("Logged in your tracker.");
        outOfRange.Should().StartWith("Sorry, that didn't work:");
        var tracker = trackers.EnumerateArray().Single();
        tracker.GetProperty("name").GetString().Should().Be("headaches");
        var entries = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/trackers/{tracker.GetProperty("id").GetGuid()}/entries?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}");
        entries.GetProperty("items").EnumerateArray().Single().GetProperty("values").GetProperty("level").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task ACaesarSalad_IsLoggedWithFiguresFromItsRecipe()
    {
        var ada = await host.CreateUserAsync();

        var logged = ConversationClient.Text(await new ConversationClient(ada).SayAsync("for lunch I ate a chicken caesar salad"));
        var entry = (await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/entries")).GetProperty("items")[0];

        logged.Should().StartWith("Logged lunch").And.Contain("chicken caesar salad");
        var item = entry.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("grams").GetDecimal().Should().Be(300, "one serving of the recipe");
        item.GetProperty("nutrients").GetProperty("kcal").GetDecimal().Should().BeInRange(300, 700);
    }
}
