using HealthAgent.Core.Auth;
using HealthAgent.Core.Data;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Auth;

/// <summary>Revoking a key revokes it and every key created with it, in one statement.</summary>
public sealed class ApiKeyRevocationTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Revoke_RevokesTheKeyAndItsDescendantsAtAnyDepth_AndNoOtherKey()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        var userId = await core.Database.AddUserAsync();
        await using var db = core.Database.Context();
        var keys = Keys(core, db);
        var (root, _) = await keys.CreateAsync(userId, "root");
        var (child, _) = await keys.CreateAsync(userId, "child", root.Id);
        var (grandchild, _) = await keys.CreateAsync(userId, "grandchild", child.Id);
        var (other, _) = await keys.CreateAsync(userId, "other");

        var revoked = await keys.RevokeAsync(userId, root.Id);

        revoked.Id.Should().Be(root.Id);
        (await RevokedAsync(core)).Should().BeEquivalentTo([root.Id, child.Id, grandchild.Id], "the key and those made with it, not {0}", other.Id);
    }

    [Fact]
    public async Task Revoke_WhenADescendantCannotBeRevoked_RevokesNothing()
    {
        await using var core = await CoreServices.CreateAsync(postgres, redis);
        var userId = await core.Database.AddUserAsync();
        await using var db = core.Database.Context();
        var keys = Keys(core, db);
        var (root, _) = await keys.CreateAsync(userId, "root");
        await keys.CreateAsync(userId, "child", root.Id);
        await using (var command = core.Database.DataSource.CreateCommand("""
            CREATE FUNCTION refuse_child_revocation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER refuse_child_revocation BEFORE UPDATE ON api_keys FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL)
                EXECUTE FUNCTION refuse_child_revocation();
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        var revoke = () => keys.RevokeAsync(userId, root.Id);

        await revoke.Should().ThrowAsync<Exception>();
        (await RevokedAsync(core)).Should().BeEmpty("the key and its descendants are revoked together or not at all");
    }

    private static ApiKeyService Keys(CoreServices core, HealthDbContext db) => new(db, core.Cache, new ApiKeyUsage(), TimeProvider.System);

    private static async Task<List<Guid>> RevokedAsync(CoreServices core)
    {
        await using var command = core.Database.DataSource.CreateCommand("SELECT id FROM api_keys WHERE revoked_at IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
