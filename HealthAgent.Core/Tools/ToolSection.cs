using HealthAgent.Core.Data;
using HealthAgent.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Tools;

/// <summary>The user's tools, their drafts waiting in chat and their audit rows (every creation, change, deletion and run); deletion is covered by the users row's cascade.</summary>
public sealed class ToolSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "tools";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var tools = await db.Set<UserTool>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Description, t.Parameters, t.Formula, t.Version, t.CreatedAt, t.UpdatedAt, t.ApprovedAt, t.DisabledAt }).ToListAsync(cancellationToken);
        var drafts = await db.Set<ToolDraft>().AsNoTracking().Where(d => d.UserId == userId).OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.ToolId, d.Definition, d.CreatedAt, d.ExpiresAt }).ToListAsync(cancellationToken);
        var audit = await db.Set<ToolAuditEntry>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.ToolId, e.Action, e.Version, e.Input, e.Output, e.Error, e.Outcome, e.OccurredAt }).ToListAsync(cancellationToken);
        return new { tools, drafts, audit };
    }
}
