using HealthAgent.Core.Common;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Tracking;

public sealed class TrackingServiceTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-03-12T12:00:00Z");
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public async Task LogEachKind_SavesTheEntryWith10XpInTheSameSave()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);

        var weight = await service.LogWeightAsync(userId, new LogWeight(80.456m), default);
        await service.LogSleepAsync(userId, new LogSleep(Now.AddHours(-10), Now.AddHours(-2), 7), default);
        await service.LogWaterAsync(userId, new LogWater(300), default);
        await service.LogExerciseAsync(userId, new LogExercise("Running", 30, ExerciseIntensity.Moderate), default);
        var mood = await service.LogMoodAsync(userId, new LogMood(8, "  good  "), default);

        weight.Entry.WeightKg.Should().Be(80.46m);
        weight.Award.Should().Match<AwardResult>(a => a.Awarded && a.XpAwarded == 10);
        mood.Entry.Note.Should().Be("good");
        mood.Award!.Level.TotalXp.Should().Be(50);
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events WHERE source_key LIKE 'tracking:%'")).Should().Be(5);
    }

    [Fact]
    public async Task LogExercise_WithoutKcal_EstimatesFromTheLatestWeight()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);

        var before = await service.LogExerciseAsync(userId, new LogExercise("running", 60, ExerciseIntensity.Moderate), default);
        await service.LogWeightAsync(userId, new LogWeight(90m, Now.AddDays(-3)), default);
        await service.LogWeightAsync(userId, new LogWeight(80m, Now.AddDays(-1)), default);
        var after = await service.LogExerciseAsync(userId, new LogExercise("running", 60, ExerciseIntensity.Moderate), default);
        var given = await service.LogExerciseAsync(userId, new LogExercise("running", 60, ExerciseIntensity.Moderate, Kcal: 500), default);

        before.Entry.Kcal.Should().Be(686, "9.8 MET × 70 kg default × 1 h");
        after.Entry.Kcal.Should().Be(784, "9.8 MET × 80 kg latest × 1 h");
        given.Entry.Should().Match<ExerciseEntry>(e => e.Kcal == 500 && !e.KcalEstimated);
    }

    [Fact]
    public async Task LogSleep_InvalidValues_NamesEachBadField()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();

        var act = () => Service(db).LogSleepAsync(userId, new LogSleep(Now.AddHours(-1), Now.AddHours(-2), 11), default);

        (await act.Should().ThrowAsync<DomainValidationException>()).Which.Errors.Keys.Should().BeEquivalentTo("quality", "wakeTime");
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(0);
    }

    [Theory]
    [InlineData(19.99, "weightKg")]
    [InlineData(400.01, "weightKg")]
    public async Task LogWeight_OutOfRange_IsRejected(double kg, string field)
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();

        var act = () => Service(db).LogWeightAsync(userId, new LogWeight((decimal)kg), default);

        (await act.Should().ThrowAsync<DomainValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Fact]
    public async Task UpdateAndDelete_OwnEntry_ChangeIt()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var userId = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);
        var water = await service.LogWaterAsync(userId, new LogWater(300), default);

        var updated = await service.UpdateWaterAsync(userId, water.Entry.Id, new LogWater(450, Now.AddHours(-1)), default);
        await service.DeleteAsync(userId, TrackingKind.Water, water.Entry.Id, default);

        updated.AmountMl.Should().Be(450);
        (await database.ScalarAsync<long>("SELECT count(*) FROM water_entries")).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM xp_events")).Should().Be(1, "XP already earned stays in the ledger");
    }

    [Fact]
    public async Task UpdateAndDelete_AnotherUsersEntry_IsNotFound()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        var owner = await database.AddUserAsync();
        var other = await database.AddUserAsync();
        await using var db = database.Context();
        var service = Service(db);
        var mood = await service.LogMoodAsync(owner, new LogMood(5), default);

        var update = () => service.UpdateMoodAsync(other, mood.Entry.Id, new LogMood(1), default);
        var delete = () => service.DeleteAsync(other, TrackingKind.Mood, mood.Entry.Id, default);

        await update.Should().ThrowAsync<NotFoundException>();
        await delete.Should().ThrowAsync<NotFoundException>();
        (await database.ScalarAsync<int>("SELECT score FROM mood_entries")).Should().Be(5);
    }

    [Fact]
    public async Task Log_UnknownUser_IsNotFound()
    {
        await using var database = await MigratedDatabase.CreateAsync(postgres, "trk");
        await using var db = database.Context();

        var act = () => Service(db).LogWaterAsync(Guid.NewGuid(), new LogWater(100), default);

        await act.Should().ThrowAsync<NotFoundException>();
    }

    private TrackingService Service(HealthAgent.Core.Data.HealthDbContext db) => new(db, new GamificationRecorder(_time), _time);
}
