using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Functional.Agent;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Flows;

/// <summary>/start for a new user through the conversation endpoints (offline brain): every step, skips, replicas, and what is saved.</summary>
public sealed class OnboardingTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task ANewUser_IsGuidedThroughTimeZoneAndAGoal_AndEveryAnswerIsSaved()
    {
        var ada = await host.CreateUserAsync();
        var chat = new ConversationClient(ada);

        var start = await chat.RunAsync("start");
        var zone = await chat.SayAsync("America/Argentina/Buenos_Aires");
        var sex = await chat.PressAsync(ConversationClient.Action(zone, "yes"));
        var year = await chat.PressAsync(ConversationClient.Action(sex, "female"));
        var height = await chat.SayAsync("1990");
        var weight = await chat.SayAsync("1.68 m");
        var activity = await chat.SayAsync("64 kg");
        var suggestion = await chat.PressAsync(ConversationClient.Action(activity, "moderate"));
        var done = await chat.PressAsync(ConversationClient.Actions(suggestion)[0]);

        ConversationClient.Text(start).Should().StartWith("Hi Ada!").And.Contain("Where do you live?");
        ConversationClient.Actions(start).Should().Equal("flow:onboarding:timezone:skip", "flow:onboarding:timezone:en", "flow:onboarding:timezone:es");
        ConversationClient.Text(zone).Should().StartWith("Time zone set to America/Argentina/Buenos_Aires: it's").And.Contain("suggest a daily calorie goal");
        ConversationClient.Text(year).Should().Contain("birth year");
        ConversationClient.Text(height).Should().Contain("height");
        ConversationClient.Text(weight).Should().Contain("weight");
        ConversationClient.Text(activity).Should().StartWith("Weight 64 kg logged.");
        ConversationClient.Text(suggestion).Should().MatchRegex(@"I suggest [\d,]+ kcal a day");
        ConversationClient.Text(done).Should().StartWith("Your goal is").And.Contain("All set!");
        var profile = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}");
        profile.GetProperty("timeZone").GetString().Should().Be("America/Argentina/Buenos_Aires");
        profile.GetProperty("sex").GetString().Should().Be("female");
        profile.GetProperty("birthYear").GetInt32().Should().Be(1990);
        profile.GetProperty("heightCm").GetDecimal().Should().Be(168);
        profile.GetProperty("activityLevel").GetString().Should().Be("moderate");
        profile.GetProperty("onboardingState").GetString().Should().Be("completed");
        var goals = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/goals");
        ConversationClient.Text(suggestion).Should().Contain(goals.GetProperty("dailyKcal").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        (await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/tracking/weight?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}")).GetProperty("items")[0].GetProperty("weightKg").GetDecimal().Should().Be(64);
        ConversationClient.Text(await chat.RunAsync("start")).Should().StartWith("Welcome back, Ada!");
    }

    [Fact]
    public async Task TheLanguageButtons_UnderTheFirstQuestion_SetTheLanguage_AndTheTimeZoneIsAskedAgain()
    {
        var eva = await host.CreateUserAsync("Eva");
        var chat = new ConversationClient(eva);

        var start = await chat.RunAsync("start");
        var spanish = await chat.PressAsync("flow:onboarding:timezone:es");
        var zone = ConversationClient.Text(await chat.SayAsync("Madrid"));

        ConversationClient.Labels(start).Should().Contain(["✓ English", "🌐 Español"], "the user's language is marked");
        ConversationClient.Text(spanish).Should().StartWith("Language: Español.").And.Contain("Where do you live?");
        ConversationClient.Labels(spanish).Should().Contain("✓ Español");
        zone.Should().StartWith("Time zone set to Europe/Madrid");
        (await eva.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{eva.Id}")).GetProperty("language").GetString().Should().Be("es");
    }

    [Fact]
    public async Task EveryQuestion_CanBeSkipped_AndAMessageThatIsNotAnAnswer_IsAnsweredAsUsual()
    {
        var bob = await host.CreateUserAsync("Bob");
        var chat = new ConversationClient(bob);

        var start = await chat.RunAsync("start");
        var notAPlace = ConversationClient.Text(await chat.SayAsync("Atlantis"));
        var goalsQuestion = await chat.PressAsync(ConversationClient.Actions(start)[0]);
        var meal = await chat.SayAsync("2 eggs and toast for breakfast");
        var stale = ConversationClient.Text(await chat.PressAsync(ConversationClient.Actions(start)[0]));
        var done = ConversationClient.Text(await chat.SayAsync("skip"));

        notAPlace.Should().StartWith("I couldn't place \"Atlantis\"");
        ConversationClient.Text(goalsQuestion).Should().StartWith("OK, skipped.").And.Contain("suggest a daily calorie goal");
        ConversationClient.Text(meal).Should().Contain("egg", "a meal while a button question is open is logged as usual");
        stale.Should().Be("That question was already answered.");
        done.Should().Contain("All set!");
        (await bob.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{bob.Id}")).GetProperty("timeZone").GetString().Should().Be("UTC");
    }

    [Fact]
    public async Task TheFlow_LivesInPostgreSQL_SoAnotherReplicaContinuesIt_AndStopEndsIt()
    {
        var cleo = await host.CreateUserAsync("Cleo");
        await new ConversationClient(cleo).RunAsync("start");
        await using var replica = host.CreateFactory();
        var other = new ConversationClient(cleo, host.Client(cleo.Key, replica));

        var zone = ConversationClient.Text(await other.SayAsync("I'm in Berlin"));
        var stopped = ConversationClient.Text(await other.SayAsync("stop"));
        var after = ConversationClient.Text(await other.SayAsync("yes"));

        zone.Should().StartWith("Time zone set to Europe/Berlin");
        stopped.Should().StartWith("OK, stopped.");
        after.Should().NotContain("birth year", "the flow ended");
    }

    [Fact]
    public async Task ASharedLocation_SetsTheTimeZone_InTheFlowAndOutsideIt_AndAnImpossibleOneIsRefused()
    {
        var dan = await host.CreateUserAsync("Dan");
        var chat = new ConversationClient(dan);
        await chat.RunAsync("start");

        var inFlow = ConversationClient.Text(await Located(chat, 35.68, 139.69));
        await chat.SayAsync("stop");
        var outside = ConversationClient.Text(await Located(chat, -34.6, -58.38));
        var impossible = await chat.PostAsync(new { location = new { latitude = 123.0, longitude = 0.0 } });

        inFlow.Should().StartWith("Time zone set to Asia/Tokyo from your location");
        outside.Should().StartWith("Time zone set to America/Argentina/Buenos_Aires from your location");
        impossible.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await impossible.Content.ReadAsStringAsync()).Should().Contain("not on Earth");
        (await dan.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{dan.Id}")).GetProperty("timeZone").GetString().Should().Be("America/Argentina/Buenos_Aires");
    }

    private static async Task<JsonElement> Located(ConversationClient chat, double latitude, double longitude)
    {
        var response = await chat.PostAsync(new { location = new { latitude, longitude } });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

}
