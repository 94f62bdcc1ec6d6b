using HealthAgent.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthAgent.Core.Conversations;

/// <summary>Reads and writes a user's conversation turns in PostgreSQL.</summary>
public sealed class ConversationStore(HealthDbContext db, TimeProvider time)
{
    /// <summary>The longest turn kept; longer agent replies are cut so history stays within the column limit.</summary>
    public const int MaxTurnLength = 20_000;

    /// <summary>Appends a turn.</summary>
    /// <returns>False when a turn of this role with <paramref name="messageId"/> already exists (the message is a repeat).</returns>
    public async Task<bool> AddAsync(Guid userId, TurnRole role, string content, string? brain, CancellationToken cancellationToken, string? messageId = null)
    {
        var text = content.Length > MaxTurnLength ? content[..MaxTurnLength] : content;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        db.Set<ConversationTurn>().Add(new ConversationTurn
        {
            Id = Guid.NewGuid(), UserId = userId, Role = role, Content = text, Brain = brain, MessageId = messageId, CreatedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (messageId is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The agent's stored answer to the message <paramref name="messageId"/>, or null when there is none (yet).</summary>
    public Task<ConversationTurn?> FindAnswerAsync(Guid userId, string messageId, CancellationToken cancellationToken) =>
        db.Set<ConversationTurn>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.UserId == userId && t.Role == TurnRole.Assistant && t.MessageId == messageId, cancellationToken);

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
