using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Api;

public sealed class NutritionApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task LogText_WithoutUsdaKey_SavesTableFiguresForEachFood()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { text = "I had 2 eggs and a banana for breakfast", meal = "breakfast" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("ok");
        var items = body.GetProperty("entry").GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("name").GetString()).Should().HaveCount(2);
        items.Should().OnlyContain(i => i.GetProperty("source").GetString() == "table" && i.GetProperty("nutrients").GetProperty("kcal").GetDecimal() > 50);
        body.GetProperty("award").GetProperty("xpAwarded").GetInt32().Should().Be(5);
        var today = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/food/summary/daily");
        today.GetProperty("totals").GetProperty("kcal").GetDecimal().Should().Be(body.GetProperty("entry").GetProperty("totals").GetProperty("kcal").GetDecimal());
    }

    [Fact]
    public async Task LogText_WithNoKnownFood_Is400SayingWhatWasNotRecognised()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { text = "a plate of zzqxv" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString().Should().Contain("zzqxv");
    }

    [Fact]
    public async Task Search_WhileUsdaFails_AnswersFromTheTableAndSaysItIsDegraded()
    {
        var calls = 0;
        await using var usda = await KestrelStub.StartAsync(app => app.MapGet("/{**path}", () =>
        {
            Interlocked.Increment(ref calls);
            return Results.StatusCode(500);
        }));
        await using var api = host.CreateFactory(new Dictionary<string, string?> { ["Usda:ApiKey"] = "test-key", ["Usda:BaseUrl"] = usda.BaseAddress.ToString() });
        using var client = host.Client(ApiTestHost.ServiceKey, api);

        var response = await client.GetFromJsonAsync<JsonElement>("/api/v1/nutrition/search?q=banana");

        calls.Should().BeGreaterThan(0, "USDA was asked first");
        response.GetProperty("status").GetString().Should().Be("degraded");
        response.GetProperty("unavailable_sources").EnumerateArray().Select(s => s.GetString()).Should().Equal("usda");
        response.GetProperty("source").GetString().Should().Be("table");
        response.GetProperty("per100g").GetProperty("kcal").GetDouble().Should().BeInRange(80, 100);
    }

    [Fact]
    public async Task Search_WithoutKey_Is401_AndWithEmptyQuery_Is400()
    {
        using var anonymous = host.Client(null);
        using var service = host.Client(ApiTestHost.ServiceKey);

        (await anonymous.GetAsync("/api/v1/nutrition/search?q=rice")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await service.GetAsync("/api/v1/nutrition/search?q=%20")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
