using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace HealthAgent.Api.RateLimiting;

/// <summary>A user's plan (<c>users.plan</c>), cached for a minute; <c>free</c> when the user or the database cannot say.</summary>
public sealed class PlanLookup(NpgsqlDataSource database, IMemoryCache cache, ILogger<PlanLookup> logger)
{
    /// <summary>The plan of users without one.</summary>
    public const string DefaultPlan = "free";

    /// <summary>The user's plan.</summary>
    public async Task<string> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("plan", userId), out string? plan) && plan is not null)
        {
            return plan;
        }
        try
        {
            await using var command = database.CreateCommand("SELECT plan FROM users WHERE id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = userId });
            plan = await command.ExecuteScalarAsync(cancellationToken) as string ?? DefaultPlan;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // Limiting must not fail a request the database could still serve later; the smallest quota is the safe guess.
            logger.LogWarning("Plan lookup failed, using {Plan}: {Error}", DefaultPlan, ex.Message);
            return DefaultPlan;
        }
        return cache.Set(("plan", userId), plan, TimeSpan.FromMinutes(1));
    }
}
