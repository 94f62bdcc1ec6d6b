using HealthAgent.Core.Caching;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthAgent.Core.Users;

/// <summary>Creates users, reads and changes profiles. Profiles are cached (memory over Redis) and the cache is dropped on every write.</summary>
public sealed class UserService(HealthDbContext db, AppCache cache, IOptions<CacheOptions> cacheOptions, IOptions<Plans.InviteOptions> invites, TimeProvider time)
{
    /// <summary>How long profiles and goals are cached.</summary>
    public CacheEntrySettings CacheSettings => cacheOptions.Value.Entry;

    /// <summary>The cache key of a user's profile.</summary>
    public static string CacheKey(Guid userId) => $"user:{userId}:profile";

    /// <summary>The id of the user with this Telegram id, or null when there is none.</summary>
    public async Task<Guid?> FindIdByTelegramIdAsync(long telegramId, CancellationToken cancellationToken = default) =>
        await db.Set<User>().Where(u => u.TelegramId == telegramId).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Returns the user with this Telegram id, creating it on first contact; <c>Created</c> says which happened.</summary>
    public async Task<(UserProfile Profile, bool Created)> GetOrCreateByTelegramIdAsync(long telegramId, string displayName, string? language,
        CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.TelegramId == telegramId, cancellationToken);
        if (existing is not null)
        {
            return (UserProfile.From(existing), false);
        }

        var now = time.GetUtcNow();
        var user = new User
        {
            TelegramId = telegramId,
            DisplayName = UserRules.DisplayName(displayName),
            Language = UserRules.Language(language ?? "en"),
            CreatedAt = now,
            UpdatedAt = now,
            // While invites are required, a new user waits for /activate.
            AccessGrantedAt = invites.Value.Required ? null : now,
        };
        db.Set<User>().Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (UserProfile.From(user), true);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first messages raced; the other request created the user.
            db.ChangeTracker.Clear();
            var winner = await db.Set<User>().AsNoTracking().FirstAsync(u => u.TelegramId == telegramId, cancellationToken);
            return (UserProfile.From(winner), false);
        }
    }

    /// <summary>The user's profile.</summary>
    /// <exception cref="NotFoundException">No such user.</exception>
    public async Task<UserProfile> GetAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey(userId), async ct =>
        {
            var user = await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            return user is null ? null : UserProfile.From(user);
        }, CacheSettings, cancellationToken) ?? throw new NotFoundException("The user");

    /// <summary>The user's time zone, from <c>users.time_zone</c> (through the profile cache).</summary>
    public async Task<TimeZoneInfo> GetTimeZoneAsync(Guid userId, CancellationToken cancellationToken = default) =>
        TimeZones.Find((await GetAsync(userId, cancellationToken)).TimeZone);

    /// <summary>Changes the given fields, validating each.</summary>
    /// <exception cref="DomainValidationException">A field is out of range or the time zone is unknown.</exception>
    public async Task<UserProfile> UpdateAsync(Guid userId, ProfileUpdate update, CancellationToken cancellationToken = default)
    {
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw new NotFoundException("The user");
        UserRules.Apply(user, update, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await cache.RemoveAsync(CacheKey(userId), cancellationToken);
        return UserProfile.From(user);
    }
}
