using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Tracking;

public sealed class TrackingQueryTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-03-31T12:00:00Z");
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public async Task ListAsync_KeysetPages_ReturnEveryEntryOnceNewestFirst()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trq");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var at = Now.AddHours(-3);
        for (var i = 0; i < 7; i++)
        {
            // Pairs share a time, so the id decides their order.
            await Writer(db).LogWaterAsync(userId, new LogWater(100 + i, at.AddMinutes(i / 2)), default);
        }
        var day = DateOnly.FromDateTime(Now.UtcDateTime);

        var seen = new List<WaterEntry>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Queries(db).ListAsync<WaterEntry>(userId, day, day, limit: 3, cursor: cursor);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        pages.Should().Be(3);
        seen.Select(e => e.AmountMl).Should().BeEquivalentTo(Enumerable.Range(100, 7));
        seen.Should().BeInDescendingOrder(e => e.DrunkAt);
    }

    [Fact]
    public async Task ListAsync_BadCursor_NamesTheCursor()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trq");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var day = DateOnly.FromDateTime(Now.UtcDateTime);

        var act = () => Queries(db).ListAsync<MoodEntry>(userId, day, day, cursor: "garbage");

        (await act.Should().ThrowAsync<DomainValidationException>()).Which.Errors.Should().ContainKey("cursor");
    }

    [Fact]
    public async Task DailyWaterAsync_SplitsByTheUsersLocalDay()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trq");
        var userId = await database.AddUserAsync("Asia/Tokyo");
        await using var db = database.Context();
        await Writer(db).LogWaterAsync(userId, new LogWater(200, DateTimeOffset.Parse("2025-03-29T14:30:00Z")), default);   // 23:30 on the 29th
        await Writer(db).LogWaterAsync(userId, new LogWater(300, DateTimeOffset.Parse("2025-03-29T15:30:00Z")), default);   // 00:30 on the 30th

        var totals = await Queries(db).DailyWaterAsync(userId, new DateOnly(2025, 3, 29), new DateOnly(2025, 3, 31), default);

        totals.Should().Equal(
            new DailyTotal(new DateOnly(2025, 3, 29), 200, 1),
            new DailyTotal(new DateOnly(2025, 3, 30), 300, 1),
            new DailyTotal(new DateOnly(2025, 3, 31), 0, 0));
    }

    [Theory]
    [InlineData("Asia/Tokyo")]
    [InlineData("Europe/Berlin")]       // 2025-03-30 is a 23-hour day there
    [InlineData("America/New_York")]
    public async Task TrendsAsync_ByLocalDays_InEachTimeZone(string zone)
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trq");
        var userId = await database.AddUserAsync(zone);
        await using var db = database.Context();
        var tz = HealthAgent.Core.Time.TimeZones.Find(zone);
        var today = HealthAgent.Core.Time.ZonedTime.LocalDate(Now, tz);
        DateTimeOffset Local(int daysAgo, int hour) =>
            HealthAgent.Core.Time.ZonedTime.ToInstant(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0)), tz);
        var writer = Writer(db);
        await writer.LogWeightAsync(userId, new LogWeight(82m, Local(20, 7)), default);
        await writer.LogWeightAsync(userId, new LogWeight(81m, Local(6, 7)), default);
        await writer.LogWeightAsync(userId, new LogWeight(80m, Local(0, 0)), default);
        await writer.LogSleepAsync(userId, new LogSleep(Local(1, 23), Local(0, 7), 6), default);          // 8 h, counts for today
        await writer.LogSleepAsync(userId, new LogSleep(Local(8, 23), Local(7, 5), 8), default);          // 6 h, just outside 7 days
        await writer.LogWaterAsync(userId, new LogWater(500, Local(1, 23)), default);
        await writer.LogWaterAsync(userId, new LogWater(1000, Local(1, 0)), default);
        await writer.LogWaterAsync(userId, new LogWater(2000, Local(0, 0)), default);
        await writer.LogMoodAsync(userId, new LogMood(4, FeltAt: Local(7, 12)), default);
        await writer.LogMoodAsync(userId, new LogMood(8, FeltAt: Local(3, 12)), default);

        var trends = await Queries(db).TrendsAsync(userId, default);

        trends.Today.Should().Be(today);
        trends.Last7Days.Should().Match<TrendWindow>(w =>
            w.AverageWeightKg == 80.5 && w.WeightChangeKg == -1 && w.AverageSleepHours == 8 && w.AverageSleepQuality == 6
            && w.AverageWaterMlPerDay == 1750 && w.AverageMood == 8 && w.AverageExerciseMinutesPerDay == null);
        trends.Last30Days.Should().Match<TrendWindow>(w =>
            w.AverageWeightKg == 81 && w.WeightChangeKg == -2 && w.AverageSleepHours == 7 && w.AverageSleepQuality == 7 && w.AverageMood == 6);
    }

    private TrackingService Writer(HealthDbContext db) => new(db, new GamificationRecorder(_time), _time);

    private TrackingQueryService Queries(HealthDbContext db) => new(db, _time);
}
