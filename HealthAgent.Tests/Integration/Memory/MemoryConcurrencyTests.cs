using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Memory;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Memory;

/// <summary>Facts remembered at the same moment for one user: the cap and the duplicate check hold exactly.</summary>
public sealed class MemoryConcurrencyTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly string[] DistinctFacts =
    [
        "I like green apples", "My dog is called Rex", "I run on Tuesdays", "Coffee keeps me awake", "I sleep at eleven", "Blue is my favourite colour",
    ];

    [Fact]
    public async Task Remember_SixFactsAtOnceWithTwoPlacesLeft_StoresTwo_AndTheCapHolds()
    {
        await using var database = await WarmDatabaseAsync(postgres, "memcap");
        var userId = await database.AddUserAsync();
        await database.ScalarAsync<int>($"""
            WITH seeded AS (
                INSERT INTO memories (user_id, category, content, source, created_at, updated_at)
                SELECT '{userId}', 'other', 'seeded note number ' || n, 'import', now(), now() FROM generate_series(1, {MemoryService.MaxMemoriesPerUser - 2}) n
                RETURNING 1)
            SELECT count(*)::int FROM seeded
            """);

        var outcomes = await Simultaneously.RunAsync(database, DistinctFacts.Length, (i, db) => RememberAsync(db, userId, DistinctFacts[i]));

        outcomes.Count(o => o == "stored").Should().Be(2, "two places were left: {0}", string.Join(" | ", outcomes));
        outcomes.Count(o => o.StartsWith($"You already have {MemoryService.MaxMemoriesPerUser} memories", StringComparison.Ordinal)).Should().Be(4);
        (await database.ScalarAsync<long>($"SELECT count(*) FROM memories WHERE user_id = '{userId}'")).Should().Be(MemoryService.MaxMemoriesPerUser);
    }

    [Fact]
    public async Task Remember_TheSameFactFiveTimesAtOnce_StoresItOnce()
    {
        await using var database = await WarmDatabaseAsync(postgres, "memdup");
        var userId = await database.AddUserAsync();

        var outcomes = await Simultaneously.RunAsync(database, 5, (_, db) => RememberAsync(db, userId, "I'm vegetarian"));

        outcomes.Should().AllBe("stored");
        (await database.ScalarAsync<long>($"SELECT count(*) FROM memories WHERE user_id = '{userId}'")).Should().Be(1, "a restated fact is merged, even when said at the same moment");
    }

    // Compiles the queries first, so that the racing calls start level.
    private static async Task<MigratedDatabase> WarmDatabaseAsync(PostgresDatabaseFixture postgres, string prefix)
    {
        var database = await MigratedDatabase.CreateAsync(postgres, prefix);
        await using var db = database.Context();
        await RememberAsync(db, await database.AddUserAsync(), "warming up");
        return database;
    }

    private static async Task<string> RememberAsync(HealthDbContext db, Guid userId, string fact)
    {
        try
        {
            await new MemoryService(db, TimeProvider.System).RememberAsync(userId, fact, MemoryCategory.Other, MemorySource.User);
            return "stored";
        }
        catch (DomainValidationException e)
        {
            return e.Errors["content"].Single();
        }
    }
}
