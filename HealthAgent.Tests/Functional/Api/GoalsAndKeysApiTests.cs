using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Api;

public sealed class GoalsAndKeysApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task Goals_SetThenGet_ReturnsTheTargets_AndClearUnsetsOne()
    {
        var ada = await host.CreateUserAsync();

        (await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}/goals", new { dailyKcal = 2000, proteinG = 120, waterMl = 2500 }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}/goals", new { clear = new[] { "waterMl" } })).EnsureSuccessStatusCode();
        var goals = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/goals");

        goals.GetProperty("dailyKcal").GetInt32().Should().Be(2000);
        goals.GetProperty("proteinG").GetInt32().Should().Be(120);
        goals.GetProperty("waterMl").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Goals_OutOfRange_Is400NamingTheField()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}/goals", new { dailyKcal = 100, fatG = -1 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().BeEquivalentTo(["dailyKcal", "fatG"]);
    }

    [Fact]
    public async Task Suggestion_WithProfileFacts_UsesMifflinStJeor_AndWithoutThemNamesWhatIsMissing()
    {
        var ada = await host.CreateUserAsync();
        var missing = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/goals/suggestion");
        (await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { sex = "female", birthYear = DateTime.UtcNow.Year - 30, heightCm = 165, activityLevel = "sedentary" }))
            .EnsureSuccessStatusCode();

        var suggestion = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/goals/suggestion?weightKg=60");
        (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/weight", new { weightKg = 60 })).EnsureSuccessStatusCode();
        var fromLatestWeight = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/goals/suggestion");

        missing.GetProperty("suggestedKcal").ValueKind.Should().Be(JsonValueKind.Null);
        missing.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).Should().BeEquivalentTo(["sex", "birthYear", "heightCm", "weight"]);
        // 10·60 + 6.25·165 − 5·30 − 161 = 1320.25; × 1.2 = 1584.3 → 1580
        suggestion.GetProperty("maintenanceKcal").GetInt32().Should().Be(1580);
        suggestion.GetProperty("suggestedKcal").GetInt32().Should().Be(1580);
        fromLatestWeight.GetProperty("maintenanceKcal").GetInt32().Should().Be(1580, "the latest weight entry is the current weight");
    }

    [Fact]
    public async Task ApiKey_IsShownOnce_ListedWithoutSecret_AndStopsWorkingWhenRevoked()
    {
        var ada = await host.CreateUserAsync();
        var created = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/keys", new { name = "laptop" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;
        var keyId = body.GetProperty("info").GetProperty("id").GetGuid();
        using var laptop = host.Client(key);
        (await laptop.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var list = await ada.Client.GetStringAsync($"/api/v1/users/{ada.Id}/keys");
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{keyId}")).StatusCode.Should().Be(HttpStatusCode.OK);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        key.Should().StartWith("ha_");
        list.Should().Contain("laptop").And.NotContain(key.Split('_', 3)[2], "secrets are never listed");
        (await laptop.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RevokeKey_OfAnotherUser_Is404()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        var bobKeys = await bob.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{bob.Id}/keys");
        var bobKeyId = bobKeys[0].GetProperty("id").GetGuid();

        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{bobKeyId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await bob.Client.GetAsync($"/api/v1/users/{bob.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "Bob's key still works");
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpointAndTheSecurityScheme()
    {
        using var anonymous = host.Client(null);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var ui = await anonymous.GetAsync("/swagger/index.html");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/v1/users", "/api/v1/users/{userId}", "/api/v1/users/{userId}/goals", "/api/v1/users/{userId}/goals/suggestion",
            "/api/v1/users/{userId}/keys", "/api/v1/users/{userId}/keys/{keyId}"]);
        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _).Should().BeTrue();
        ui.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
