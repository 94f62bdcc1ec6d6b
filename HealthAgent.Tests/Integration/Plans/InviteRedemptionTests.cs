using HealthAgent.Core.Common;
using HealthAgent.Core.Plans;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Integration.Plans;

/// <summary>Redeeming an invite: the use, the redemption and the plan commit together, once per user.</summary>
public sealed class InviteRedemptionTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Redeem_FiveTimesAtOnceBySameUser_UsesTheCodeOnce()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        await WarmUpAsync(core);
        var userId = await core.Database.AddUserAsync();
        var code = await CreateCodeAsync(core, maxUses: 5);

        var redeemed = await Simultaneously.RunAsync(core.Database, 5, (_, db) => Plans(core, db).RedeemAsync(userId, code, CancellationToken.None));

        redeemed.Should().AllSatisfy(p => p.Plan.Should().Be("basic", "every press answers with the code's plan"));
        (await UsesAsync(core, code)).Should().Be(1, "one user uses a code once");
        (await RedemptionsAsync(core, code)).Should().Be(1);
    }

    [Fact]
    public async Task Redeem_WhenSavingThePlanFails_LeavesTheCodeUnused()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        var userId = await core.Database.AddUserAsync();
        var code = await CreateCodeAsync(core, maxUses: 1);
        await ExecuteAsync(core, """
            CREATE FUNCTION refuse_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'plan change refused'; END $$;
            CREATE TRIGGER refuse_plan_change BEFORE UPDATE OF plan ON users FOR EACH ROW EXECUTE FUNCTION refuse_plan_change();
            """);
        await using var db = core.Database.Context();

        var redeem = () => Plans(core, db).RedeemAsync(userId, code, CancellationToken.None);

        await redeem.Should().ThrowAsync<Exception>();
        (await UsesAsync(core, code)).Should().Be(0, "a use is counted only with its redemption");
        (await RedemptionsAsync(core, code)).Should().Be(0);
        (await core.Database.ScalarAsync<string>($"SELECT plan FROM users WHERE id = '{userId}'")).Should().Be("free");
    }

    [Fact]
    public async Task Redeem_TheLastUseRacedByTwoUsers_GoesToOne()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        var users = new[] { await core.Database.AddUserAsync(), await core.Database.AddUserAsync() };
        await WarmUpAsync(core);
        var code = await CreateCodeAsync(core, maxUses: 1);

        var outcomes = await Simultaneously.RunAsync(core.Database, users.Length, async (i, db) =>
        {
            try
            {
                await Plans(core, db).RedeemAsync(users[i], code, CancellationToken.None);
                return "redeemed";
            }
            catch (DomainValidationException e)
            {
                return e.Errors["code"].Single();
            }
        });

        outcomes.Should().BeEquivalentTo(["redeemed", "That code has been used up."]);
        (await UsesAsync(core, code)).Should().Be(1);
        (await RedemptionsAsync(core, code)).Should().Be(1, "the loser's redemption is rolled back with its count");
    }

    private static PlanService Plans(CoreServices core, Core.Data.HealthDbContext db) =>
        new(db, core.Cache, Options.Create(new InviteOptions()), TimeProvider.System);

    private static async Task<string> CreateCodeAsync(CoreServices core, int maxUses)
    {
        await using var db = core.Database.Context();
        return (await Plans(core, db).CreateCodeAsync("basic", maxUses, null, null, CancellationToken.None)).Code;
    }

    // Compiles the queries first, so that the racing calls start level.
    private static async Task WarmUpAsync(CoreServices core)
    {
        var code = await CreateCodeAsync(core, maxUses: 1);
        await using var db = core.Database.Context();
        await Plans(core, db).RedeemAsync(await core.Database.AddUserAsync(), code, CancellationToken.None);
    }

    private static Task<int> UsesAsync(CoreServices core, string code) => core.Database.ScalarAsync<int>($"SELECT uses FROM invite_codes WHERE code = '{code}'");

    private static Task<long> RedemptionsAsync(CoreServices core, string code) =>
        core.Database.ScalarAsync<long>($"SELECT count(*) FROM invite_redemptions WHERE code = '{code}'");

    private static async Task ExecuteAsync(CoreServices core, string sql)
    {
        await using var command = core.Database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
