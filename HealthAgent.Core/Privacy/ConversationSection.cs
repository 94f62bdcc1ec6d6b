using HealthAgent.Core.Conversations;
using HealthAgent.Core.Data;
using HealthAgent.Core.Memory;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>The conversation history and every memory; deletion is covered by the users row's cascade.</summary>
public sealed class ConversationSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "conversation";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var turns = await db.Set<ConversationTurn>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Role, t.Content, t.Brain, t.CreatedAt }).ToListAsync(cancellationToken);
        var memories = await db.Set<MemoryFact>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return new { turns, memories = memories.Select(MemoryView.Of) };
    }
}
