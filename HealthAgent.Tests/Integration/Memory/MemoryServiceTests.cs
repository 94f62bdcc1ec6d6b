using HealthAgent.Core.Conversations;
using HealthAgent.Core.Memory;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Memory;

public sealed class MemoryServiceTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2025-03-12T12:00:00Z"));

    [Fact]
    public async Task Remember_ARestatedFact_IsMergedNotDuplicated()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "mem");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var memories = new MemoryService(db, _time);

        var first = await memories.RememberAsync(userId, "I'm vegetarian", MemoryCategory.Diet, MemorySource.User);
        var again = await memories.RememberAsync(userId, "I'm vegetarian.", MemoryCategory.Diet, MemorySource.User);
        await memories.RememberAsync(userId, "I like short answers", MemoryCategory.Preference, MemorySource.User);

        again.Merged.Should().BeTrue("the same fact was stated twice");
        again.Memory.Id.Should().Be(first.Memory.Id);
        (await memories.AllAsync(userId)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Recall_FindsByStemmedWordsAndMisspellings_OnlyForTheOwner()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "mem");
        var ada = await database.AddUserAsync();
        var bob = await database.AddUserAsync();
        await using var db = database.Context();
        var memories = new MemoryService(db, _time);
        await memories.RememberAsync(ada, "I am allergic to peanuts", MemoryCategory.Health, MemorySource.User);
        await memories.RememberAsync(ada, "I train for a marathon in May", MemoryCategory.Goal, MemorySource.User);
        await memories.RememberAsync(bob, "Peanuts are my favourite snack", MemoryCategory.Diet, MemorySource.User);

        var stemmed = await memories.RecallAsync(ada, "peanut", 5);
        var misspelt = await memories.RecallAsync(ada, "marathn", 5);

        stemmed.Should().ContainSingle().Which.Content.Should().Be("I am allergic to peanuts");
        misspelt.Should().ContainSingle().Which.Content.Should().Contain("marathon");
    }

    [Fact]
    public async Task Forget_RemovesOnlyTheMatchingFact()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "mem");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var memories = new MemoryService(db, _time);
        await memories.RememberAsync(userId, "I'm vegetarian", MemoryCategory.Diet, MemorySource.User);
        await memories.RememberAsync(userId, "I like short answers", MemoryCategory.Preference, MemorySource.User);

        var forgotten = await memories.ForgetAsync(userId, "I'm vegetarian");

        forgotten.Should().ContainSingle().Which.Content.Should().Be("I'm vegetarian");
        (await memories.AllAsync(userId)).Should().ContainSingle().Which.Content.Should().Be("I like short answers");
    }

    [Fact]
    public async Task ConversationStore_KeepsTheLastTurnsInOrder_AndClears()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "conv");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var store = new ConversationStore(db, _time);
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(userId, i % 2 == 0 ? TurnRole.User : TurnRole.Assistant, $"turn {i}", i % 2 == 0 ? null : "offline", default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var recent = await store.RecentAsync(userId, 3, default);
        var cleared = await store.ClearAsync(userId, default);

        recent.Select(t => t.Content).Should().Equal("turn 2", "turn 3", "turn 4");
        cleared.Should().Be(5);
        (await store.RecentAsync(userId, 3, default)).Should().BeEmpty();
    }
}
