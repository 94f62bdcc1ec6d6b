using HealthAgent.Core.Caching;
using HealthAgent.Core.Charts;
using HealthAgent.Core.Data;
using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Reminders.Housekeeping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The Worker's weekly-summary services as the Worker registers them (charts, food summaries, goals, the cache over a
/// real Redis) over a migrated scratch database, on a fake clock: users who opted into summaries, their meals, and senders.
/// </summary>
public sealed class WeeklySummaryServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WeeklySummaryServices(MigratedDatabase database, IConnectionMultiplexer redis, FakeTimeProvider time)
    {
        (Database, Time) = (database, time);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(database.DataSource);
        services.AddSingleton(redis);
        services.AddHealthData().AddAppCache().AddCharts().AddReminders();
        services.AddScoped<FoodLogService>();
        _services = services.BuildServiceProvider();
    }

    public MigratedDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<WeeklySummaryServices> CreateAsync(PostgresDatabaseFixture postgres, RedisFixture redis, FakeTimeProvider time) =>
        new(await MigratedDatabase.CreateAsync(postgres, "week"), await redis.ConnectAsync(), time);

    /// <summary>A user in <paramref name="timeZone"/> with summaries on at <paramref name="at"/> and, when given, a calorie goal.</summary>
    public async Task<(Guid Id, long TelegramId)> AddOptedInUserAsync(string timeZone, TimeOnly at, int? dailyKcal = null)
    {
        var id = await Database.AddUserAsync(timeZone);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderService>().SetDailySummaryAsync(id, true, at, default);
        if (dailyKcal is { } kcal)
        {
            await scope.ServiceProvider.GetRequiredService<GoalService>().SetAsync(id, new GoalsUpdate(DailyKcal: kcal));
        }
        return (id, await Database.ScalarAsync<long>($"SELECT telegram_id FROM users WHERE id = '{id}'"));
    }

    /// <summary>Logs one item of <paramref name="kcal"/> eaten at <paramref name="eatenAt"/>.</summary>
    public async Task LogAsync(Guid userId, string food, decimal kcal, DateTimeOffset eatenAt)
    {
        await using var scope = _services.CreateAsyncScope();
        var item = new FoodItemDraft(food, 1, "serving", 300, new Nutrients(kcal, 30, 80, 20), NutritionSource.Table, 0.9m);
        await scope.ServiceProvider.GetRequiredService<FoodLogService>().LogAsync(userId, new LogFoodCommand([item], EatenAt: eatenAt));
    }

    /// <summary>A sender, as one Worker replica has it, delivering through <paramref name="bot"/>.</summary>
    public WeeklySummarySender Sender(HttpClient bot, string serviceKey, DayOfWeek day = DayOfWeek.Sunday) =>
        new(Database.DataSource, new NotificationClient(bot, serviceKey), _services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new WeeklySummaryOptions { Day = day }), Time, NullLogger<WeeklySummarySender>.Instance);

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<IConnectionMultiplexer>().DisposeAsync();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
