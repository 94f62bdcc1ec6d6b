using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Api;

public sealed class UsersApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task CreateUser_WithServiceKey_Creates201ThenReturnsTheSameUser200()
    {
        using var service = host.Client(ApiTestHost.ServiceKey);
        var body = new { telegramId = 987654321L, displayName = "Grace", language = "en" };

        var first = await service.PostAsJsonAsync("/api/v1/users", body);
        var second = await service.PostAsJsonAsync("/api/v1/users", body);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        b.GetProperty("id").GetGuid().Should().Be(a.GetProperty("id").GetGuid());
        a.GetProperty("timeZone").GetString().Should().Be("UTC");
        a.GetProperty("activityLevel").GetString().Should().Be("moderate");
    }

    [Fact]
    public async Task CreateUser_WithoutKey_Is401_AndWithUserKey_Is403()
    {
        var user = await host.CreateUserAsync();
        using var anonymous = host.Client(null);
        var body = new { telegramId = 5L, displayName = "Mallory" };

        (await anonymous.PostAsJsonAsync("/api/v1/users", body)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await user.Client.PostAsJsonAsync("/api/v1/users", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateUser_WithBadBody_Is400NamingEachField()
    {
        using var service = host.Client(ApiTestHost.ServiceKey);

        var response = await service.PostAsJsonAsync("/api/v1/users", new { telegramId = -1L, displayName = "", language = "english" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["telegramId", "displayName", "language"]);
    }

    [Fact]
    public async Task GetUser_WithOwnKey_ReturnsProfile_AndWithAnotherUsersKey_Is404()
    {
        var ada = await host.CreateUserAsync("Ada");
        var bob = await host.CreateUserAsync("Bob");

        var own = await ada.Client.GetAsync($"/api/v1/users/{ada.Id}");
        var other = await ada.Client.GetAsync($"/api/v1/users/{bob.Id}");

        own.StatusCode.Should().Be(HttpStatusCode.OK);
        (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString().Should().Be("Ada");
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).Should().NotContain("Bob", "another user's data never leaks");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ha_000000000000_notarealsecretnotarealsecretnotarealsecret")]
    [InlineData("garbage")]
    public async Task GetUser_WithoutValidKey_Is401(string? key)
    {
        var ada = await host.CreateUserAsync();
        using var client = host.Client(key);

        (await client.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetUser_UnknownId_WithAdminKey_Is404ProblemDetails()
    {
        using var admin = host.Client(ApiTestHost.AdminKey);

        var response = await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    public async Task UpdateProfile_WithKnownTimeZone_StoresTheIanaName(string given, string stored)
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { timeZone = given });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString().Should().Be(stored);
    }

    [Fact]
    public async Task UpdateProfile_WithUnknownTimeZoneAndBadHeight_Is400NamingBoth()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { timeZone = "Mars/Olympus_Mons", heightCm = 20 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain("heightCm");
        var tz = await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { timeZone = "Mars/Olympus_Mons" });
        tz.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tz.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("timeZone")[0].GetString()
            .Should().Contain("Mars/Olympus_Mons");
    }

    [Fact]
    public async Task UpdateProfile_OnOneReplica_IsSeenByAnotherReplicaThatCachedIt()
    {
        var ada = await host.CreateUserAsync("Ada");
        await using var replica = host.CreateFactory();
        using var onReplica = host.Client(ada.Key, replica);
        (await onReplica.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}")).GetProperty("displayName").GetString().Should().Be("Ada");

        (await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { displayName = "Ada L." })).EnsureSuccessStatusCode();

        var seen = "";
        for (var attempt = 0; attempt < 100 && seen != "Ada L."; attempt++)
        {
            seen = (await onReplica.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}")).GetProperty("displayName").GetString()!;
            await Task.Delay(50);
        }
        seen.Should().Be("Ada L.", "a write removes the profile from Redis and tells every replica to drop its memory copy");
    }

    [Fact]
    public async Task GetUser_WhileRedisIsDown_StillAnswersFromPostgres()
    {
        await using var redis = new RedisFixture();
        await redis.InitializeAsync();
        await using var api = new ApiFactory(host.Postgres.ConnectionString, redis.ConnectionString,
            new Dictionary<string, string?> { ["Auth:ServiceKey"] = ApiTestHost.ServiceKey });
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ApiTestHost.ServiceKey, api);

        await redis.Server.StopAsync();
        var response = await client.GetAsync($"/api/v1/users/{ada.Id}");
        var update = await client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}", new { language = "de" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        update.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}")).GetProperty("language").GetString().Should().Be("de");
    }
}
