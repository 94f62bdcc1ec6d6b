using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Functional.Api;

public sealed class PrivacyApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task Export_ContainsEverySectionOfTheUsersData()
    {
        var ada = await LoggedUserAsync();

        var export = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/export");

        var sections = export.GetProperty("sections");
        sections.GetProperty("profile").GetProperty("user").GetProperty("id").GetGuid().Should().Be(ada.Id);
        sections.GetProperty("food").GetProperty("entries").GetArrayLength().Should().Be(1);
        sections.GetProperty("tracking").GetProperty("weight").GetArrayLength().Should().Be(1);
        sections.GetProperty("gamification").GetProperty("xpEvents").GetArrayLength().Should().Be(2);
        export.ToString().Should().NotContain("secretHash", "key hashes are not part of an export");
    }

    [Fact]
    public async Task Delete_WithoutConfirmation_Is400AndDeletesNothing()
    {
        var ada = await LoggedUserAsync();

        var response = await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delete_Confirmed_LeavesNoRowOfTheUserInAnyTable_AndOtherUsersKeepTheirs()
    {
        var ada = await LoggedUserAsync();
        var bob = await LoggedUserAsync();

        var response = await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}?confirm=DELETE");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await RowsPerTableAsync(ada.Id)).Where(t => t.Value > 0).Should().BeEmpty();
        (await RowsPerTableAsync(bob.Id)).Values.Sum().Should().BeGreaterThan(5);
        using var service = host.Client(ApiTestHost.ServiceKey);
        (await service.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the cached profile went with the user");
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the user's keys went too");
    }

    [Fact]
    public async Task Delete_AnotherUser_Is404()
    {
        var ada = await LoggedUserAsync();
        var bob = await LoggedUserAsync();

        (await ada.Client.DeleteAsync($"/api/v1/users/{bob.Id}?confirm=DELETE")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await bob.Client.GetAsync($"/api/v1/users/{bob.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<TestUser> LoggedUserAsync()
    {
        var user = await host.CreateUserAsync();
        var item = new { name = "apple", quantity = 1, unit = "piece", grams = 180, kcal = 94m, proteinG = 0.5m, carbsG = 25m, fatG = 0.3m };
        (await user.Client.PostAsJsonAsync($"/api/v1/users/{user.Id}/food/entries", new { items = new[] { item } })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"/api/v1/users/{user.Id}/tracking/weight", new { weightKg = 70 })).EnsureSuccessStatusCode();
        (await user.Client.PatchAsJsonAsync($"/api/v1/users/{user.Id}/goals", new { dailyKcal = 1800 })).EnsureSuccessStatusCode();
        return user;
    }

    // Every table with a user_id column (and users itself), found from the catalogue so new tables are covered too.
    private async Task<Dictionary<string, long>> RowsPerTableAsync(Guid userId)
    {
        await using var db = NpgsqlDataSource.Create(host.Postgres.ConnectionString);
        var tables = new List<string>();
        await using (var list = db.CreateCommand("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'user_id'"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        tables.Should().Contain(["food_entries", "food_items", "weight_entries", "xp_events", "api_keys", "goals"]);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables.Append("users"))
        {
            var column = table == "users" ? "id" : "user_id";
            await using var count = db.CreateCommand($"SELECT count(*) FROM {table} WHERE {column} = $1");
            count.Parameters.Add(new NpgsqlParameter { Value = userId });
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
