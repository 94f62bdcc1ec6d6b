using HealthAgent.Core.Food;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Users;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Food;

public sealed class FoodSummaryQueryTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task DailyAndWeeklySummaries_IssueTheSameNumberOfCommands_ForOneOrManyEntries()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        var counter = new CommandCounter();
        await using var db = core.Database.Context(counter);
        var users = new UserService(db, core.Cache, Microsoft.Extensions.Options.Options.Create(new HealthAgent.Core.Caching.CacheOptions()),
            Microsoft.Extensions.Options.Options.Create(new HealthAgent.Core.Plans.InviteOptions()), TimeProvider.System);
        var goals = new GoalService(db, core.Cache, users, TimeProvider.System);
        var log = new FoodLogService(db, users, new GamificationRecorder(TimeProvider.System), TimeProvider.System);
        var summaries = new FoodSummaryService(db, users, goals, TimeProvider.System);
        var (user, _) = await users.GetOrCreateByTelegramIdAsync(1, "Ada", "en");
        await goals.SetAsync(user.Id, new GoalsUpdate(DailyKcal: 2000));
        var item = new FoodItemDraft("rice", 1, "cup", 158, new Nutrients(205, 4.3m, 44.5m, 0.4m), NutritionSource.Table, 0.9m);
        await log.LogAsync(user.Id, new LogFoodCommand([item]));
        await summaries.DailyAsync(user.Id, null);   // warms the profile and goals caches

        counter.Reset();
        await summaries.DailyAsync(user.Id, null);
        await summaries.WeeklyAsync(user.Id, null);
        var withOne = counter.Count;
        for (var i = 0; i < 20; i++)
        {
            await log.LogAsync(user.Id, new LogFoodCommand([item, item with { Name = "beans" }]));
        }
        counter.Reset();
        var daily = await summaries.DailyAsync(user.Id, null);
        await summaries.WeeklyAsync(user.Id, null);

        daily.Entries.Should().Be(21);
        counter.Count.Should().Be(withOne, "the summaries load entries and items in one query whatever their number");
        withOne.Should().Be(2, "one query per summary once profile and goals are cached");
    }
}
