using System.Text.Json;
using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>Reads and moves a user's flow (<c>conversation_flows</c>); a flow untouched for <see cref="Lifetime"/> lapses.</summary>
public sealed class FlowStore(HealthDbContext db, TimeProvider time)
{
    /// <summary>How long a flow waits for its next answer.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The user's flow in progress, or null.</summary>
    public async Task<FlowState?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Set<FlowState>().AsNoTracking().SingleOrDefaultAsync(f => f.UserId == userId && f.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Puts the user at <paramref name="step"/> of <paramref name="flow"/> with <paramref name="data"/> (replacing any other flow).</summary>
    public async Task MoveAsync<T>(Guid userId, string flow, string step, T data, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = await db.Set<FlowState>().SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (state is null)
        {
            state = new FlowState { UserId = userId };
            db.Set<FlowState>().Add(state);
        }
        (state.Flow, state.Step, state.Data, state.UpdatedAt, state.ExpiresAt) = (flow, step, JsonSerializer.Serialize(data, Json), now, now + Lifetime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends the user's flow.</summary>
    public async Task EndAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<FlowState>().Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>What <paramref name="state"/> collected.</summary>
    public static T Data<T>(FlowState state) where T : new() => JsonSerializer.Deserialize<T>(state.Data, Json) ?? new T();
}
