using HealthAgent.Core.Conversations;
using HealthAgent.Core.Conversations.Photos;
using HealthAgent.Core.Data;
using HealthAgent.Core.Memory;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Privacy;

/// <summary>The conversation history, every memory and pending photo proposals; deletion is covered by the users row's cascade.</summary>
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
        var photos = await db.Set<PhotoProposal>().AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Description, p.Items, p.CreatedAt, p.ExpiresAt }).ToListAsync(cancellationToken);
        return new { turns, memories = memories.Select(MemoryView.Of), pendingPhotos = photos };
    }
}
