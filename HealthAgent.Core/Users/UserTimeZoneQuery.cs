using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Users;

/// <summary>Reads a user's time zone, the basis of every local-day calculation.</summary>
public static class UserTimeZoneQuery
{
    /// <summary>The zone of <paramref name="userId"/> from <c>users.time_zone</c>.</summary>
    /// <exception cref="NotFoundException">There is no such user.</exception>
    public static async Task<TimeZoneInfo> TimeZoneOfAsync(this HealthDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var id = await db.Set<User>().Where(u => u.Id == userId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User");
        return TimeZones.Find(id);
    }
}
