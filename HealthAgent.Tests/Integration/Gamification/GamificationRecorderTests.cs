using HealthAgent.Core.Common;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using HealthAgent.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Tests.Integration.Gamification;

public sealed class GamificationRecorderTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-03-12T12:00:00Z");
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public async Task RecordAsync_SaveFails_LeavesNeitherTheActionNorTheXp()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        db.Set<WaterEntry>().Add(new WaterEntry { Id = Guid.NewGuid(), UserId = userId, DrunkAt = Now, AmountMl = 250 });
        await Recorder().RecordAsync(db, userId, ActivityKind.Water, "water:1", Now, default);
        db.Set<WaterEntry>().Add(new WaterEntry { Id = Guid.NewGuid(), UserId = userId, DrunkAt = Now, AmountMl = 0 });    // breaks a CHECK

        var save = () => db.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateException>();
        (await database.ScalarAsync<long>("SELECT count(*) FROM water_entries")).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM streaks")).Should().Be(0);
    }

    [Fact]
    public async Task RecordAsync_SameSourceKeyReplayed_AwardsOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();

        var first = await RecordAndSaveAsync(database, userId, ActivityKind.Meal, "meal:42");
        var replay = await RecordAndSaveAsync(database, userId, ActivityKind.Meal, "meal:42");

        first.Awarded.Should().BeTrue();
        first.NewAchievements.Select(a => a.Code).Should().Contain("first_meal");
        replay.Should().Match<AwardResult>(r => !r.Awarded && r.XpAwarded == 0 && r.Level.TotalXp == 5 && r.NewAchievements.Count == 0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(1);
    }

    [Fact]
    public async Task RecordAsync_SameKeyTwiceInOneContext_AwardsOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();

        await Recorder().RecordAsync(db, userId, ActivityKind.Meal, "meal:1", Now, default);
        var second = await Recorder().RecordAsync(db, userId, ActivityKind.Meal, "meal:1", Now, default);
        await db.SaveChangesAsync();

        second.Awarded.Should().BeFalse();
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(1);
    }

    [Fact]
    public async Task RecordAsync_TwoConcurrentReplays_UniqueIndexLetsOnlyOneSave()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();
        await using var a = database.Context();
        await using var b = database.Context();
        // Both check before either saves, as two racing requests would.
        await Recorder().RecordAsync(a, userId, ActivityKind.ReminderDone, "reminder:7", Now, default);
        await Recorder().RecordAsync(b, userId, ActivityKind.ReminderDone, "reminder:7", Now, default);

        var results = await Task.WhenAll(Try(a), Try(b));

        results.Count(ok => ok).Should().Be(1, "the unique (user_id, source_key) index rejects the second award");
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(1);
        (await database.ScalarAsync<long>("SELECT sum(xp) FROM xp_events")).Should().Be(10);

        static async Task<bool> Try(Microsoft.EntityFrameworkCore.DbContext db)
        {
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }
    }

    [Fact]
    public async Task RecordAsync_At2330Tokyo_CountsForTheTokyoDay()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync("Asia/Tokyo");

        await RecordAndSaveAsync(database, userId, ActivityKind.Meal, "m1", DateTimeOffset.Parse("2025-03-10T14:30:00Z"));   // 23:30 on the 10th
        var next = await RecordAndSaveAsync(database, userId, ActivityKind.Meal, "m2", DateTimeOffset.Parse("2025-03-10T15:30:00Z")); // 00:30 on the 11th

        next.Streaks.Single(s => s.Activity == StreakActivity.Meals).Should().Match<StreakView>(
            s => s.Current == 2 && s.LastActiveDate == new DateOnly(2025, 3, 11));
    }

    [Fact]
    public async Task RecordAsync_SevenDayStreakAndLevelUp_AwardsAchievementsOnce()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync("Europe/Berlin");
        var results = new List<AwardResult>();
        for (var day = 0; day < 10; day++)
        {
            var at = DateTimeOffset.Parse("2025-03-01T08:00:00Z").AddDays(day);
            results.Add(await RecordAndSaveAsync(database, userId, ActivityKind.DailyGoalMet, $"goal:{day}", at));
        }

        results.SelectMany(r => r.NewAchievements).Select(a => a.Code).Should().Equal("first_goal", "streak_7");
        results[4].LeveledUp.Should().BeTrue("100 XP reaches level 2");
        results[^1].Level.Should().Match<LevelProgress>(l => l.TotalXp == 200 && l.Level == 3 && l.Tier == Tier.Bronze);
        (await database.ScalarAsync<long>("SELECT count(*) FROM user_achievements")).Should().Be(2);
    }

    [Fact]
    public async Task GetProfileAsync_ShowsXpStreaksAndEarnedAndLockedAchievements()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync("America/New_York");
        await RecordAndSaveAsync(database, userId, ActivityKind.Weight, "w1", Now.AddDays(-1));
        await RecordAndSaveAsync(database, userId, ActivityKind.Weight, "w2", Now);
        await using var db = database.Context();

        var profile = await new GamificationService(db, _time).GetProfileAsync(userId, default);

        profile.Level.TotalXp.Should().Be(20);
        profile.Streaks.Single(s => s.Activity == StreakActivity.Tracking).Should().Match<StreakView>(s => s.Current == 2 && s.FreezesLeft == 2);
        profile.Streaks.Single(s => s.Activity == StreakActivity.Meals).Current.Should().Be(0);
        profile.Achievements.Should().HaveCount(AchievementCatalog.All.Count);
        profile.Achievements.Single(a => a.Code == "first_weight").EarnedAt.Should().Be(Now.AddDays(-1));
        profile.Achievements.Single(a => a.Code == "streak_7").Should().Match<AchievementView>(a => !a.Earned && a.Trigger.Length > 0);
    }

    [Fact]
    public async Task ApplyDayEndAsync_MissedDay_FreezesOnceAndIsIdempotent()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();
        await RecordAndSaveAsync(database, userId, ActivityKind.Meal, "m1", Now.AddDays(-2));
        var missed = DateOnly.FromDateTime(Now.AddDays(-1).UtcDateTime);

        for (var run = 0; run < 2; run++)
        {
            await using var db = database.Context();
            await new GamificationService(db, _time).ApplyDayEndAsync(userId, missed, default);
        }

        (await database.ScalarAsync<int>("SELECT freezes_used FROM streaks WHERE activity = 'Meals'")).Should().Be(1);
        (await database.ScalarAsync<int>("SELECT current FROM streaks WHERE activity = 'Meals'")).Should().Be(1);
    }

    [Fact]
    public async Task ApplyDayEndAsync_DayNotOverYet_IsRejected()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync("Asia/Tokyo");
        await using var db = database.Context();

        var act = () => new GamificationService(db, _time).ApplyDayEndAsync(userId, new DateOnly(2025, 3, 12), default);

        (await act.Should().ThrowAsync<DomainValidationException>()).Which.Errors.Should().ContainKey("localDate");
    }

    [Fact]
    public async Task RunningTotals_MatchTheLedger_UnderConcurrentAwards_AndDeletions()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "gam");
        var userId = await database.AddUserAsync();
        var kinds = new[] { ActivityKind.Meal, ActivityKind.Water, ActivityKind.Mood };

        // 30 first awards of one new user from 30 contexts at once: they race on creating the streak and achievement
        // rows (SaveAsync takes the stored ones), and the trigger's upsert serialises them on the totals row.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var db = database.Context();
            await Recorder().RecordAsync(db, userId, kinds[i % kinds.Length], $"concurrent:{i}", Now, default);
            await GamificationRecorder.SaveAsync(db, default);
        })));
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(30, "no action is lost to the race");
        (await database.ScalarAsync<long>("SELECT count(*) FROM user_achievements WHERE code = 'first_meal'")).Should().BeLessThanOrEqualTo(1);
        (await database.ScalarAsync<long>("WITH d AS (DELETE FROM xp_events WHERE source_key IN ('concurrent:0', 'concurrent:4') RETURNING 1) SELECT count(*) FROM d"))
            .Should().Be(2);

        var mismatch = await database.ScalarAsync<long>("""
            SELECT count(*) FROM (
                SELECT kind, count(*)::int AS events, sum(xp)::bigint AS xp FROM xp_events WHERE user_id IS NOT NULL GROUP BY kind
                EXCEPT SELECT kind, events, xp FROM xp_totals WHERE events > 0) AS differences
            """);
        mismatch.Should().Be(0, "xp_totals follows every insert and delete of the ledger");
        await using var read = database.Context();
        var profile = await new GamificationService(read, _time).GetProfileAsync(userId, default);
        profile.Level.TotalXp.Should().Be((int)await database.ScalarAsync<long>("SELECT sum(xp) FROM xp_events"));
    }

    private GamificationRecorder Recorder() => new(_time);

    private async Task<AwardResult> RecordAndSaveAsync(MigratedDatabase database, Guid userId, ActivityKind kind, string key, DateTimeOffset? at = null)
    {
        await using var db = database.Context();
        var result = await Recorder().RecordAsync(db, userId, kind, key, at ?? Now, default);
        await db.SaveChangesAsync();
        return result;
    }
}
