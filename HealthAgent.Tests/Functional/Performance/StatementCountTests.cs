using System.Net.Http.Json;
using HealthAgent.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HealthAgent.Tests.Functional.Performance;

/// <summary>
/// How many SQL statements PostgreSQL runs for each kind of request, counted by the database itself
/// (<see cref="SqlStatementCounter"/>), averaged over several requests after a warm-up, so per-request work cannot
/// silently grow back (bench/README.md has the targets and the load figures).
/// </summary>
public sealed class StatementCountTests(ApiTestHost host, ITestOutputHelper output) : IClassFixture<ApiTestHost>
{
    private const int Repeats = 6;

    [Fact]
    public async Task ACachedAuthenticatedProfileRead_RunsAtMostOneStatement()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.GetAsync($"/api/v1/users/{ada.Id}"));
        average.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task AFoodWriteWithItems_RunsAtMostSixStatements()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new
        {
            meal = "lunch",
            items = new[] { new { name = "rice", quantity = 1, unit = "bowl", grams = 150, kcal = 195, proteinG = 4, carbsG = 42, fatG = 0.4 } },
        }));
        average.Should().BeLessThanOrEqualTo(6);
    }

    [Fact]
    public async Task AFoodWriteFromText_AddsOneStatementPerFurtherItem()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/food/entries", new { text = "2 eggs and a slice of toast" }));
        average.Should().BeLessThanOrEqualTo(6 + 1, "two items: one INSERT each, in the same batch");
    }

    [Fact]
    public async Task ADailySummary_RunsAtMostFourStatements()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.GetAsync($"/api/v1/users/{ada.Id}/food/summary/daily"));
        average.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public async Task AConversationTurn_LoggingAMeal_RunsAtMostTwelveStatements()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages",
            new { text = "I had 2 eggs and a banana for breakfast", messageId = $"tg:1:{Guid.NewGuid():N}" }));
        average.Should().BeLessThanOrEqualTo(12);
    }

    [Fact]
    public async Task AConversationTurn_AskingHowTheDayGoes_RunsAtMostTenStatements()
    {
        var ada = await host.CreateUserAsync();
        var average = await AverageAsync(i => ada.Client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages",
            new { text = "how many calories today?", messageId = $"tg:1:{Guid.NewGuid():N}" }));
        average.Should().BeLessThanOrEqualTo(10);
    }

    // Warms up (caches, pooled connections), then counts the statements of Repeats requests.
    private async Task<double> AverageAsync(Func<int, Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < 2; i++)
        {
            (await send(-1 - i)).EnsureSuccessStatusCode();
        }
        var counter = await SqlStatementCounter.ForAsync(host.Postgres.ConnectionString);
        var before = await counter.SnapshotAsync();
        for (var i = 0; i < Repeats; i++)
        {
            (await send(i)).EnsureSuccessStatusCode();
        }
        var (total, listing) = SqlStatementCounter.Difference(before, await counter.SnapshotAsync());
        var average = (double)total / Repeats;
        output.WriteLine($"{average:0.##} statements per request ({total} in {Repeats}):\n{listing}");
        return average;
    }
}
