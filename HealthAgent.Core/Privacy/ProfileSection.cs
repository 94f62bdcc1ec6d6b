using HealthAgent.Core.Auth;
using HealthAgent.Core.Data;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>The profile, goals and API keys (without their hashes).</summary>
public sealed class ProfileSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "profile";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Set<User>().AsNoTracking().FirstAsync(u => u.Id == userId, cancellationToken);
        var goals = await db.Set<UserGoals>().AsNoTracking().FirstOrDefaultAsync(g => g.UserId == userId, cancellationToken);
        var keys = await db.Set<ApiKey>().AsNoTracking().Where(k => k.UserId == userId).ToListAsync(cancellationToken);
        return new
        {
            user = UserProfile.From(user),
            goals = goals is null ? GoalsView.Empty : GoalsView.From(goals),
            apiKeys = keys.Select(ApiKeyInfo.From).ToList(),
        };
    }
}
