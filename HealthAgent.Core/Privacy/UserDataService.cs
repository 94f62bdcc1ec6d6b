using HealthAgent.Core.Auth;
using HealthAgent.Core.Caching;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>
/// Export of everything a user told us, and irreversible deletion of it. Deletion removes the user row; every
/// user-owned table references it with ON DELETE CASCADE, so one statement removes all of it atomically.
/// </summary>
public sealed class UserDataService(HealthDbContext db, IEnumerable<IUserDataSection> sections, AppCache cache, UserService users, TimeProvider time)
{
    /// <summary>Every section of the user's data.</summary>
    public async Task<UserDataExport> ExportAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await users.GetAsync(userId, cancellationToken);
        var data = new Dictionary<string, object>();
        foreach (var section in sections.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            data[section.Name] = await section.ExportAsync(userId, cancellationToken);
        }
        return new UserDataExport(userId, time.GetUtcNow(), data);
    }

    /// <summary>Deletes the user and everything they own. <paramref name="confirmation"/> must be the word DELETE.</summary>
    /// <exception cref="DomainValidationException">The confirmation is missing or wrong.</exception>
    public async Task DeleteAsync(Guid userId, string? confirmation, CancellationToken cancellationToken = default)
    {
        if (confirmation != "DELETE")
        {
            throw DomainValidationException.For("confirm", "Deleting an account cannot be undone: confirm with confirm=DELETE.");
        }
        // The keys go with the user (ON DELETE CASCADE); their verified copies in memory must go too.
        var keys = await db.Set<ApiKey>().Where(k => k.UserId == userId).Select(k => k.Prefix).ToListAsync(cancellationToken);
        var deleted = await db.Set<User>().Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException("The user");
        }
        await cache.RemoveAsync(UserService.CacheKey(userId), cancellationToken);
        await cache.RemoveAsync(GoalService.CacheKey(userId), cancellationToken);
        foreach (var prefix in keys)
        {
            await cache.RemoveAsync(ApiKeyService.CacheKey(prefix), cancellationToken);
        }
    }
}
