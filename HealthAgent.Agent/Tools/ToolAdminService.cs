using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Tools;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// What administrators do with users' tools: see who probes the sandbox, disable or enable a tool, and approve tools
/// waiting to run (<c>Tools:RequireApproval</c>). Approvals are <c>tool_audit</c> rows of the tool's owner.
/// </summary>
public sealed class ToolAdminService(HealthDbContext db, TimeProvider time, IRequestIdentity request)
{
    /// <summary>Disables or enables a tool (administrators).</summary>
    /// <exception cref="NotFoundException">There is no such tool.</exception>
    public async Task<ToolView> SetDisabledAsync(Guid toolId, bool disabled, CancellationToken cancellationToken)
    {
        var tool = await db.Set<UserTool>().SingleOrDefaultAsync(t => t.Id == toolId, cancellationToken) ?? throw new NotFoundException("The tool");
        tool.DisabledAt = disabled ? tool.DisabledAt ?? time.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
        return UserToolService.View(tool);
    }

    /// <summary>
    /// Users and tools with at least <paramref name="threshold"/> suspicious refusals or limit hits (<see cref="ToolWatch"/>)
    /// in the last <paramref name="window"/>, most first (administrators).
    /// </summary>
    public async Task<IReadOnlyList<FlaggedTool>> FlaggedAsync(TimeSpan window, int threshold, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - window;
        var rows = await db.Set<ToolAuditEntry>().AsNoTracking()
            .Where(e => e.OccurredAt > since && (e.Outcome == "limited" || e.Outcome == "refused") && e.Refusal != null)
            .Select(e => new { e.UserId, e.ToolId, e.Refusal, e.OccurredAt }).ToListAsync(cancellationToken);
        var flagged = rows.Where(r => r.Refusal!.Split(',').Any(ToolWatch.SuspiciousRefusals.Contains))
            .GroupBy(r => (r.UserId, r.ToolId))
            .Where(g => g.Count() >= threshold)
            .Select(g => (g.Key, Count: g.Count(), Last: g.Max(r => r.OccurredAt)))
            .OrderByDescending(g => g.Count).ToList();
        var ids = flagged.Select(f => f.Key.ToolId).OfType<Guid>().ToList();
        var tools = await db.Set<UserTool>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return [.. flagged.Select(f => new FlaggedTool(f.Key.UserId, f.Key.ToolId,
            f.Key.ToolId is { } id && tools.TryGetValue(id, out var tool) ? tool.Name : null, f.Count, f.Last,
            f.Key.ToolId is { } t && tools.TryGetValue(t, out var found) && found.DisabledAt is not null))];
    }

    /// <summary>Tools waiting for approval, oldest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<ToolView>> PendingAsync(int limit, CancellationToken cancellationToken) =>
        [.. (await db.Set<UserTool>().AsNoTracking().Where(t => t.ApprovedAt == null && t.DisabledAt == null).OrderBy(t => t.UpdatedAt).Take(limit)
            .ToListAsync(cancellationToken)).Select(UserToolService.View)];

    /// <summary>Approves a tool's current definition to run; an approved tool stays approved.</summary>
    /// <exception cref="NotFoundException">There is no such tool.</exception>
    public async Task<ToolView> ApproveAsync(Guid toolId, CancellationToken cancellationToken)
    {
        var tool = await db.Set<UserTool>().SingleOrDefaultAsync(t => t.Id == toolId, cancellationToken) ?? throw new NotFoundException("The tool");
        if (tool.ApprovedAt is null)
        {
            var now = time.GetUtcNow();
            tool.ApprovedAt = now;
            db.Set<ToolAuditEntry>().Add(new ToolAuditEntry
            {
                UserId = tool.UserId, ToolId = tool.Id, Action = "approve", Version = tool.Version, Outcome = "success",
                RequestId = request.RequestId, OccurredAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        return UserToolService.View(tool);
    }
}
