using System.Text.Json;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Tracking;

public sealed class CustomTrackerServiceTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-03-12T12:00:00Z");
    private readonly FakeTimeProvider _time = new(Now);

    private static readonly DefineTracker Steps = new("Steps",
        [new CustomField("count", CustomFieldType.Number, Unit: "steps", Min: 0), new CustomField("outdoors", CustomFieldType.YesNo)]);

    [Fact]
    public async Task DefineLogUpdateListDelete_RoundTripThroughJsonb()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "cus");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);

        var tracker = await service.DefineAsync(userId, Steps, default);
        var logged = await service.LogAsync(userId, tracker.Id, Entry("""{"count": 8000, "outdoors": "yes"}"""), default);
        var updated = await service.UpdateEntryAsync(userId, null, logged.Entry.Id, Entry("""{"count": 9000, "outdoors": false}"""), default);
        var page = await service.ListEntriesAsync(userId, tracker.Id, new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 12));

        (await service.ListTrackersAsync(userId, default)).Single().Fields.Should().BeEquivalentTo(tracker.Fields);
        logged.Award!.XpAwarded.Should().Be(10);
        updated.Values.GetProperty("count").GetDouble().Should().Be(9000);
        page.Items.Single().Values.GetProperty("outdoors").GetBoolean().Should().BeFalse();
        (await database.ScalarAsync<string>("SELECT \"values\"->>'count' FROM custom_tracker_entries")).Should().Be("9000");

        await service.DeleteEntryAsync(userId, null, logged.Entry.Id, default);
        await service.DeleteTrackerAsync(userId, tracker.Id, default);
        (await database.ScalarAsync<long>("SELECT count(*) FROM custom_trackers")).Should().Be(0);
    }

    [Fact]
    public async Task DefineAsync_SameNameAnyCase_IsAConflict()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "cus");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        await Service(db).DefineAsync(userId, Steps, default);

        var act = () => Service(db).DefineAsync(userId, Steps with { Name = " STEPS " }, default);

        await act.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task LogAsync_InvalidValues_NamesEachFieldAndSavesNothing()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "cus");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var tracker = await Service(db).DefineAsync(userId, Steps, default);

        var act = () => Service(db).LogAsync(userId, tracker.Id, Entry("""{"count": -5, "colour": "red"}"""), default);

        (await act.Should().ThrowAsync<DomainValidationException>()).Which.Errors.Keys
            .Should().BeEquivalentTo("values.count", "values.outdoors", "values.colour");
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(0);
    }

    [Fact]
    public async Task AnotherUsersTrackerAndEntry_AreNotFound()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "cus");
        var owner = await database.AddUserAsync();
        var other = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);
        var tracker = await service.DefineAsync(owner, Steps, default);
        var entry = await service.LogAsync(owner, tracker.Id, Entry("""{"count": 1, "outdoors": true}"""), default);

        await FluentActions.Awaiting(() => service.LogAsync(other, tracker.Id, Entry("""{"count": 1, "outdoors": true}"""), default))
            .Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => service.UpdateEntryAsync(other, null, entry.Entry.Id, Entry("""{"count": 2, "outdoors": true}"""), default))
            .Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => service.DeleteEntryAsync(other, null, entry.Entry.Id, default)).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => service.DeleteTrackerAsync(other, tracker.Id, default)).Should().ThrowAsync<NotFoundException>();
    }

    private CustomTrackerService Service(HealthDbContext db) => new(db, new GamificationRecorder(_time), _time);

    private static LogCustomEntry Entry(string json) => new(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!);
}
