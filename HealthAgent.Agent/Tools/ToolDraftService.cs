using System.Text.Json;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Tools;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Tools made in chat: a definition is checked as a creation would be and kept as a draft the user sees with Save and
/// Cancel buttons; only Save creates (or changes) the tool, through <see cref="UserToolService"/>'s limits and audit.
/// </summary>
public sealed class ToolDraftService(HealthDbContext db, UserToolService tools, TimeProvider time)
{
    /// <summary>How long a draft's buttons work.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Drafts a tool: a new one, or a change to the user's tool of the same name.</summary>
    /// <exception cref="DomainValidationException">The definition breaks a rule (audited as a refused draft).</exception>
    /// <exception cref="ConflictException">The user has as many tools as allowed.</exception>
    /// <exception cref="LimitExceededException">Over the hourly creations and changes.</exception>
    public async Task<ToolDraftView> DraftAsync(Guid userId, ToolDefinition definition, CancellationToken cancellationToken)
    {
        var existing = await tools.CheckDraftAsync(userId, definition, null, cancellationToken);
        var now = time.GetUtcNow();
        await db.Set<ToolDraft>().Where(d => d.UserId == userId && d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var draft = new ToolDraft
        {
            Id = Guid.CreateVersion7(now), UserId = userId, ToolId = existing, Definition = JsonSerializer.Serialize(definition, Json),
            CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.Set<ToolDraft>().Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        var reads = FormulaSandbox.NamesIn(definition.Formula).Where(ToolFigures.All.ContainsKey).Order(StringComparer.Ordinal).ToList();
        return new ToolDraftView(draft.Id, existing is not null, definition, reads);
    }

    /// <summary>Saves a draft as the tool it describes and removes it.</summary>
    /// <exception cref="NotFoundException">No such draft, or it expired.</exception>
    /// <exception cref="DomainValidationException">The definition breaks a rule.</exception>
    /// <exception cref="ConflictException">A tool of that name was made meanwhile, or the user has as many tools as allowed.</exception>
    /// <exception cref="LimitExceededException">Over the hourly creations and changes; the draft stays.</exception>
    public async Task<ToolView> SaveAsync(Guid userId, Guid draftId, CancellationToken cancellationToken)
    {
        var draft = await FindAsync(userId, draftId, cancellationToken);
        var definition = JsonSerializer.Deserialize<ToolDefinition>(draft.Definition, Json)!;
        var tool = draft.ToolId is { } toolId
            ? await tools.UpdateAsync(userId, toolId, definition.Description, definition.Parameters, definition.Formula, null, cancellationToken)
            : await tools.CreateAsync(userId, definition, null, cancellationToken);
        db.Set<ToolDraft>().Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return tool;
    }

    /// <summary>Discards a draft.</summary>
    /// <exception cref="NotFoundException">No such draft, or it expired.</exception>
    public async Task DiscardAsync(Guid userId, Guid draftId, CancellationToken cancellationToken)
    {
        db.Set<ToolDraft>().Remove(await FindAsync(userId, draftId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ToolDraft> FindAsync(Guid userId, Guid draftId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Set<ToolDraft>().SingleOrDefaultAsync(d => d.Id == draftId && d.UserId == userId && d.ExpiresAt > now, cancellationToken)
            ?? throw new NotFoundException("The draft");
    }
}
