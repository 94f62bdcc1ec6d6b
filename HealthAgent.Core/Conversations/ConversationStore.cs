using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Conversations;

/// <summary>Reads and writes a user's conversation turns in PostgreSQL.</summary>
public sealed class ConversationStore(HealthDbContext db, TimeProvider time)
{
    /// <summary>The longest turn kept; longer agent replies are cut so history stays within the column limit.</summary>
    public const int MaxTurnLength = 20_000;

    /// <summary>Appends a turn.</summary>
    public async Task AddAsync(Guid userId, TurnRole role, string content, string? brain, CancellationToken cancellationToken)
    {
        var text = content.Length > MaxTurnLength ? content[..MaxTurnLength] : content;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        db.Set<ConversationTurn>().Add(new ConversationTurn
        {
            Id = Guid.NewGuid(), UserId = userId, Role = role, Content = text, Brain = brain, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The last <paramref name="count"/> turns, oldest first.</summary>
    public async Task<IReadOnlyList<ConversationTurn>> RecentAsync(Guid userId, int count, CancellationToken cancellationToken)
    {
        var turns = await db.Set<ConversationTurn>().AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(count).ToListAsync(cancellationToken);
        turns.Reverse();
        return turns;
    }

    /// <summary>Removes the whole history and returns how many turns it had.</summary>
    public Task<int> ClearAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<ConversationTurn>().Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
