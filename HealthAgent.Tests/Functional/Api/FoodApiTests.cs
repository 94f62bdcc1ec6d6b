using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Functional.Api;

public sealed class FoodApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static object Egg(int count = 2) => new
    {
        name = "egg", quantity = count, unit = "piece", grams = 50 * count,
        kcal = 71.5m * count, proteinG = 6.3m * count, carbsG = 0.4m * count, fatG = 4.8m * count, source = "table", confidence = 0.95m,
    };

    private static object Toast => new { name = "toast", quantity = 1, unit = "slice", grams = 30, kcal = 88m, proteinG = 3.2m, carbsG = 16.3m, fatG = 1.1m };

    [Fact]
    public async Task LogItems_ThenDailySummary_AddsUpPerMealAndAgainstGoals()
    {
        var ada = await host.CreateUserAsync();
        await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}/goals", new { dailyKcal = 2000, proteinG = 100 });
        var date = Yesterday("UTC");

        var breakfast = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries",
            new { items = new[] { Egg(), Toast }, meal = "breakfast", eatenAt = $"{date:yyyy-MM-dd}T08:00" });
        await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { Toast }, eatenAt = $"{date:yyyy-MM-dd}T16:00" });
        var summary = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/summary/daily?date={date:yyyy-MM-dd}");

        breakfast.StatusCode.Should().Be(HttpStatusCode.Created);
        summary.GetProperty("entries").GetInt32().Should().Be(2);
        summary.GetProperty("totals").GetProperty("kcal").GetDecimal().Should().Be(143m + 88m + 88m);
        var meals = summary.GetProperty("meals").EnumerateArray().ToDictionary(m => m.GetProperty("meal").GetString()!, m => m.GetProperty("nutrients").GetProperty("kcal").GetDecimal());
        meals.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["breakfast"] = 231m, ["snack"] = 88m }, "16:00 with no meal given is a snack");
        var kcal = summary.GetProperty("progress").GetProperty("kcal");
        kcal.GetProperty("goal").GetDecimal().Should().Be(2000);
        kcal.GetProperty("remaining").GetDecimal().Should().Be(2000 - 319);
        summary.GetProperty("topFoods")[0].GetProperty("name").GetString().Should().Be("toast");
    }

    [Fact]
    public async Task Log_WithSameIdempotencyKeyTwice_LogsOnce()
    {
        var ada = await host.CreateUserAsync();
        var body = new { items = new[] { Toast }, idempotencyKey = "telegram-update-42" };

        var first = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var again = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var list = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/entries");

        again.GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        list.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task SameInstant_CountsForEachUsersOwnLocalDay()
    {
        var instant = DateTimeOffset.UtcNow.AddDays(-2).Date.AddHours(15); // 15:00 UTC two days ago
        var zones = new Dictionary<string, int> { ["Asia/Tokyo"] = 1, ["Europe/Berlin"] = 0, ["America/Los_Angeles"] = 0 };
        foreach (var (zone, dayShift) in zones)
        {
            var user = await host.CreateUserAsync(timeZone: zone);
            await user.Client.PostAsJsonAsync($"/api/v1/users/{user.Id}/food/entries", new { items = new[] { Toast }, eatenAt = new DateTimeOffset(instant).ToString("O") });

            var localDay = DateOnly.FromDateTime(instant).AddDays(dayShift);
            var summary = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{user.Id}/food/summary/daily?date={localDay:yyyy-MM-dd}");

            summary.GetProperty("entries").GetInt32().Should().Be(1, $"15:00 UTC is on {localDay} in {zone}");
            summary.GetProperty("timeZone").GetString().Should().Be(zone);
        }
    }

    [Fact]
    public async Task LocalEatenAt_At2330InTokyo_CountsForThatTokyoDay()
    {
        var ada = await host.CreateUserAsync(timeZone: "Asia/Tokyo");
        var day = Yesterday("Asia/Tokyo");

        var entry = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries",
            new { items = new[] { Toast }, eatenAt = $"{day:yyyy-MM-dd}T23:30" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");

        entry.GetProperty("localDate").GetString().Should().Be($"{day:yyyy-MM-dd}");
        entry.GetProperty("eatenAt").GetDateTimeOffset().Should().Be(new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero));
    }

    [Fact]
    public async Task Delete_RemovesFromTotalsButKeepsTheRowForAudit()
    {
        var ada = await host.CreateUserAsync();
        var entry = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { Toast } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var id = entry.GetProperty("id").GetGuid();

        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/food/entries/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/entries/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/summary/daily")).GetProperty("entries").GetInt32().Should().Be(0);
        await using var db = NpgsqlDataSource.Create(host.Postgres.ConnectionString);
        await using var check = db.CreateCommand($"SELECT deleted_at IS NOT NULL FROM food_entries WHERE id = '{id}'");
        ((bool)(await check.ExecuteScalarAsync())!).Should().BeTrue();
    }

    [Fact]
    public async Task UpdateItemGrams_RescalesItsFigures()
    {
        var ada = await host.CreateUserAsync();
        var entry = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { Egg(1) } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var item = entry.GetProperty("items")[0];

        var updated = await (await ada.Client.PatchAsJsonAsync(
            $"/api/v1/users/{ada.Id}/food/entries/{entry.GetProperty("id").GetGuid()}/items/{item.GetProperty("id").GetGuid()}",
            new { grams = 100, quantity = 2 })).Content.ReadFromJsonAsync<JsonElement>();

        var changed = updated.GetProperty("items")[0];
        changed.GetProperty("grams").GetDecimal().Should().Be(100);
        changed.GetProperty("nutrients").GetProperty("kcal").GetDecimal().Should().Be(143m);
        changed.GetProperty("source").GetString().Should().Be("table", "rescaling keeps the figures' source");
    }

    [Fact]
    public async Task List_IsKeysetPaginatedWithoutGapsOrRepeats_AndABadCursorIs400()
    {
        var ada = await host.CreateUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries",
                new { items = new[] { Toast }, eatenAt = DateTimeOffset.UtcNow.AddHours(-i).ToString("O") });
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/entries?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        pages.Should().Be(3);
        seen.Should().HaveCount(5).And.OnlyHaveUniqueItems();
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/entries?cursor=not-a-cursor")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/entries?limit=1000")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Entries_OfAnotherUser_AreNotFound()
    {
        var ada = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        var entry = (await (await bob.Client.PostAsJsonAsync($"/api/v1/users/{bob.Id}/food/entries", new { items = new[] { Toast } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var id = entry.GetProperty("id").GetGuid();

        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/entries/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/food/entries/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.GetAsync($"/api/v1/users/{bob.Id}/food/entries/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"items":[]}""", "items")]
    [InlineData("""{"items":[{"name":"","quantity":1,"unit":"g","grams":10,"kcal":1,"proteinG":0,"carbsG":0,"fatG":0}]}""", "items[0].name")]
    [InlineData("""{"items":[{"name":"x","quantity":1,"unit":"g","grams":-5,"kcal":1,"proteinG":0,"carbsG":0,"fatG":0}]}""", "items[0].grams")]
    [InlineData("""{"items":[{"name":"x","quantity":1,"unit":"g","grams":5,"kcal":1,"proteinG":0,"carbsG":0,"fatG":0}],"eatenAt":"yesterday"}""", "eatenAt")]
    [InlineData("""{"items":[{"name":"x","quantity":1,"unit":"g","grams":5,"kcal":1,"proteinG":0,"carbsG":0,"fatG":0}],"eatenAt":"2999-01-01T10:00Z"}""", "eatenAt")]
    public async Task Log_WithBadInput_Is400NamingTheField(string json, string field)
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PostAsync($"/api/v1/users/{ada.Id}/food/entries", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().Contain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task UsualMeal_SavedFromAnEntry_LogsAgain_AndADuplicateNameIs409()
    {
        var ada = await host.CreateUserAsync();
        var entry = (await (await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { Egg(), Toast }, meal = "breakfast" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        var body = new { entryId = entry.GetProperty("id").GetGuid(), name = "usual breakfast" };

        var saved = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/usual-meals", body);
        var duplicate = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/usual-meals", body);
        var usualId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var logged = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/usual-meals/{usualId}/log", new { });

        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        logged.StatusCode.Should().Be(HttpStatusCode.Created);
        var again = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry");
        again.GetProperty("meal").GetString().Should().Be("breakfast");
        again.GetProperty("totals").GetProperty("kcal").GetDecimal().Should().Be(231m);
    }

    [Fact]
    public async Task WeeklySummary_CountsLoggedDaysAndDaysWithinTheCalorieGoal()
    {
        var ada = await host.CreateUserAsync();
        await ada.Client.PatchAsJsonAsync($"/api/v1/users/{ada.Id}/goals", new { dailyKcal = 900 });
        var monday = Monday(DateOnly.FromDateTime(DateTime.UtcNow)).AddDays(-7);
        var big = new { name = "pasta", quantity = 1, unit = "plate", grams = 500, kcal = 880m, proteinG = 30m, carbsG = 150m, fatG = 10m };
        await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { big }, eatenAt = $"{monday:yyyy-MM-dd}T12:00" });
        await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { items = new[] { Toast }, eatenAt = $"{monday.AddDays(2):yyyy-MM-dd}T12:00" });

        var week = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/summary/weekly?date={monday.AddDays(3):yyyy-MM-dd}");

        week.GetProperty("weekStart").GetString().Should().Be($"{monday:yyyy-MM-dd}");
        week.GetProperty("days").GetArrayLength().Should().Be(7);
        week.GetProperty("daysLogged").GetInt32().Should().Be(2);
        week.GetProperty("daysWithinCalorieGoal").GetInt32().Should().Be(1);
        week.GetProperty("dailyAverage").GetProperty("kcal").GetDecimal().Should().Be(484m);
    }

    private static DateOnly Yesterday(string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime).AddDays(-1);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
