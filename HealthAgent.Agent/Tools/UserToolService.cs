using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAgent.Core.Common;
using HealthAgent.Core.Data;
using HealthAgent.Core.Tools;
using HealthAgent.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Creates, changes, lists, deletes and runs a user's own tools. Every creation, change, deletion and run, refused or
/// not, is a <c>tool_audit</c> row. Creations and changes, and runs, are limited per user and hour by plan
/// (<see cref="ToolOptions"/>), counted from those rows; over a limit is a <see cref="LimitExceededException"/>. A creation
/// or change, and a run, hold the user's <see cref="UserWriteLock"/> from the limit check to the commit, so requests
/// arriving together pass a limit one at a time.
/// </summary>
public sealed class UserToolService(HealthDbContext db, ToolFiguresReader figures, IOptions<ToolOptions> options, TimeProvider time,
    IRequestIdentity request, ILogger<UserToolService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Saves a new tool after checking it.</summary>
    /// <exception cref="DomainValidationException">The definition breaks a rule (each field named).</exception>
    /// <exception cref="ConflictException">The user has a tool of that name, or as many tools as allowed.</exception>
    /// <exception cref="LimitExceededException">Over the hourly creations.</exception>
    public async Task<ToolView> CreateAsync(Guid userId, ToolDefinition definition, string? requestId, CancellationToken cancellationToken)
    {
        await using var transaction = await UserWriteLock.BeginAsync(db, UserLockKind.ToolChanges, userId, cancellationToken);
        await EnforceCreationsAsync(userId, cancellationToken);
        await CheckAsync(userId, null, "create", definition, requestId, cancellationToken);
        await EnsureRoomAsync(userId, cancellationToken);
        if (await db.Set<UserTool>().AnyAsync(t => t.UserId == userId && t.Name == definition.Name, cancellationToken))
        {
            throw new ConflictException($"You already have a tool called {definition.Name}.");
        }
        var now = time.GetUtcNow();
        var tool = new UserTool { Id = Guid.CreateVersion7(now), UserId = userId, CreatedAt = now };
        Apply(tool, definition, now);
        tool.ApprovedAt = options.Value.RequireApproval ? null : now;
        db.Set<UserTool>().Add(tool);
        Audit(userId, tool.Id, "create", tool.Version, null, null, null, "success", null, TimeSpan.Zero, requestId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(tool);
    }

    /// <summary>The user's tools, by name.</summary>
    public async Task<IReadOnlyList<ToolView>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Set<UserTool>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(View).ToList();

    /// <summary>One of the user's tools.</summary>
    /// <exception cref="NotFoundException">The user has no such tool.</exception>
    public async Task<ToolView> GetAsync(Guid userId, Guid toolId, CancellationToken cancellationToken) =>
        View(await FindAsync(userId, toolId, cancellationToken));

    /// <summary>Changes a tool's description, inputs or formula (each when given).</summary>
    /// <exception cref="NotFoundException">The user has no such tool.</exception>
    /// <exception cref="DomainValidationException">The changed definition breaks a rule.</exception>
    /// <exception cref="LimitExceededException">Over the hourly creations and changes.</exception>
    public async Task<ToolView> UpdateAsync(Guid userId, Guid toolId, string? description, IReadOnlyList<ToolParameter>? parameters, string? formula,
        string? requestId, CancellationToken cancellationToken)
    {
        await using var transaction = await UserWriteLock.BeginAsync(db, UserLockKind.ToolChanges, userId, cancellationToken);
        var tool = await FindAsync(userId, toolId, cancellationToken);
        await EnforceCreationsAsync(userId, cancellationToken);
        var definition = new ToolDefinition(tool.Name, description ?? tool.Description, parameters ?? ParametersOf(tool), formula ?? tool.Formula);
        await CheckAsync(userId, tool.Id, "update", definition, requestId, cancellationToken);
        var now = time.GetUtcNow();
        var before = tool.Version;
        Apply(tool, definition, now);
        if (options.Value.RequireApproval && tool.Version != before)
        {
            // A changed formula or inputs is a new program: it waits for approval again.
            tool.ApprovedAt = null;
        }
        Audit(userId, tool.Id, "update", tool.Version, null, null, null, "success", null, TimeSpan.Zero, requestId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(tool);
    }

    /// <summary>Deletes a tool; its audit rows stay.</summary>
    /// <exception cref="NotFoundException">The user has no such tool.</exception>
    public async Task DeleteAsync(Guid userId, Guid toolId, string? requestId, CancellationToken cancellationToken) =>
        await RemoveAsync(userId, await FindAsync(userId, toolId, cancellationToken), requestId, cancellationToken);

    private async Task RemoveAsync(Guid userId, UserTool tool, string? requestId, CancellationToken cancellationToken)
    {
        db.Set<UserTool>().Remove(tool);
        Audit(userId, tool.Id, "delete", tool.Version, null, null, null, "success", null, TimeSpan.Zero, requestId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the user's tool called <paramref name="name"/> (the agent's way in), as <see cref="DeleteAsync"/>.</summary>
    /// <exception cref="NotFoundException">The user has no tool of that name.</exception>
    public async Task<ToolView> DeleteByNameAsync(Guid userId, string name, string? requestId, CancellationToken cancellationToken)
    {
        var tool = await FindByNameAsync(userId, name, cancellationToken);
        await RemoveAsync(userId, tool, requestId, cancellationToken);
        return View(tool);
    }

    /// <summary>
    /// Checks a definition drafted in chat as a creation or change would be (rules, hourly limit, room for one more),
    /// without saving it; a refusal is audited as <c>draft</c>.
    /// </summary>
    /// <returns>The user's tool of that name, which saving the draft would change; null for a new tool.</returns>
    public async Task<Guid?> CheckDraftAsync(Guid userId, ToolDefinition definition, string? requestId, CancellationToken cancellationToken)
    {
        var existing = await db.Set<UserTool>().AsNoTracking().Where(t => t.UserId == userId && t.Name == definition.Name)
            .Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
        await EnforceCreationsAsync(userId, cancellationToken);
        await CheckAsync(userId, existing, "draft", definition, requestId, cancellationToken);
        if (existing is null)
        {
            await EnsureRoomAsync(userId, cancellationToken);
        }
        return existing;
    }

    /// <summary>Runs a tool with <paramref name="inputs"/> for its declared parameters and the owner's figures.</summary>
    /// <exception cref="NotFoundException">The user has no such tool.</exception>
    /// <exception cref="DomainValidationException">An input is missing or unknown, the tool is disabled, or the sandbox refused the run.</exception>
    /// <exception cref="LimitExceededException">Over the hourly runs.</exception>
    public async Task<ToolRunResult> RunAsync(Guid userId, Guid toolId, IReadOnlyDictionary<string, double>? inputs, string? requestId, CancellationToken cancellationToken) =>
        await RunAsync(userId, await FindAsync(userId, toolId, cancellationToken), inputs, requestId, cancellationToken);

    /// <summary>Runs the user's tool called <paramref name="name"/> (the agent's way in): as <see cref="RunAsync(Guid, Guid, IReadOnlyDictionary{string, double}?, string?, CancellationToken)"/>.</summary>
    /// <exception cref="NotFoundException">The user has no tool of that name.</exception>
    public async Task<ToolRunResult> RunByNameAsync(Guid userId, string name, IReadOnlyDictionary<string, double>? inputs, string? requestId, CancellationToken cancellationToken) =>
        await RunAsync(userId, await FindByNameAsync(userId, name, cancellationToken), inputs, requestId, cancellationToken);

    private async Task<ToolRunResult> RunAsync(Guid userId, UserTool tool, IReadOnlyDictionary<string, double>? inputs, string? requestId, CancellationToken cancellationToken)
    {
        var given = inputs ?? new Dictionary<string, double>();
        var input = JsonSerializer.Serialize(given, Json);
        // Every way out of a run goes through AuditNowAsync, which commits this transaction with the run's audit row.
        await using var transaction = await UserWriteLock.BeginAsync(db, UserLockKind.ToolRuns, userId, cancellationToken);
        try
        {
            await EnforceAsync(userId, ["run"], options.Value.RunsPerHour, await PlanOfAsync(userId, cancellationToken), "tool runs", cancellationToken);
        }
        catch (LimitExceededException e)
        {
            await AuditNowAsync(userId, tool.Id, "run", tool.Version, input, null, e.Message, "limited", "limit", TimeSpan.Zero, requestId, cancellationToken);
            throw;
        }
        var declared = ParametersOf(tool).Select(p => p.Name).ToList();
        var problem = tool.DisabledAt is not null ? ("tool", "An administrator has disabled this tool.")
            : tool.ApprovedAt is null ? ("tool", "This tool is waiting for an administrator's approval; it can run once approved.")
            : declared.FirstOrDefault(n => !given.ContainsKey(n)) is { } missing ? ($"inputs.{missing}", $"The tool needs {missing}.")
            : given.Keys.FirstOrDefault(k => !declared.Contains(k)) is { } unknown ? ($"inputs.{unknown}", $"The tool has no input {unknown}.")
            : given.FirstOrDefault(g => !double.IsFinite(g.Value)) is { Key: not null } bad ? ($"inputs.{bad.Key}", "An input must be a finite number.")
            : default((string Field, string Message)?);
        if (problem is { } refused)
        {
            await AuditNowAsync(userId, tool.Id, "run", tool.Version, input, null, refused.Message, "refused", "input", TimeSpan.Zero, requestId, cancellationToken);
            throw DomainValidationException.For(refused.Field, refused.Message);
        }
        // Only the figures the formula reads are read and bound; its inputs are the caller's numbers.
        var values = await figures.ReadAsync(userId, FormulaSandbox.NamesIn(tool.Formula), cancellationToken);
        foreach (var (name, value) in given)
        {
            values[name] = value;
        }
        var outcome = FormulaSandbox.Run(tool.Formula, values);
        await AuditNowAsync(userId, tool.Id, "run", tool.Version, input, outcome.Value, outcome.Message, outcome.Succeeded ? "success" : "refused",
            outcome.Refusal?.ToString(), outcome.Duration, requestId, cancellationToken);
        return outcome.Succeeded
            ? new ToolRunResult(outcome.Value!.Value, Math.Round(outcome.Duration.TotalMilliseconds, 3), tool.Version)
            : throw DomainValidationException.For("formula", outcome.Message!);
    }

    private async Task CheckAsync(Guid userId, Guid? toolId, string action, ToolDefinition definition, string? requestId, CancellationToken cancellationToken)
    {
        var (problems, formulaRefusal) = definition.Check();
        if (problems.Count > 0)
        {
            // The sandbox's kind of refusal (ForbiddenCharacter, UnknownFunction …) stands for the formula, so probing is seen.
            var kinds = problems.Keys.Select(k => k == "formula" && formulaRefusal is { } kind ? kind.ToString() : k);
            await AuditNowAsync(userId, toolId, action, null, null, null, string.Join(" ", problems.Values),
                "refused", string.Join(",", kinds), TimeSpan.Zero, requestId, cancellationToken);
            throw new DomainValidationException(problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }
    }

    private async Task EnforceCreationsAsync(Guid userId, CancellationToken cancellationToken) =>
        await EnforceAsync(userId, ["create", "update"], options.Value.CreationsPerHour, await PlanOfAsync(userId, cancellationToken),
            "tool creations and changes", cancellationToken);

    private async Task EnsureRoomAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await db.Set<UserTool>().CountAsync(t => t.UserId == userId, cancellationToken) >= options.Value.MaxToolsPerUser)
        {
            throw new ConflictException($"You have {options.Value.MaxToolsPerUser} tools, the most you can keep; delete one first.");
        }
    }

    private async Task EnforceAsync(Guid userId, string[] actions, Dictionary<string, int> perPlan, string plan, string what, CancellationToken cancellationToken)
    {
        var limit = perPlan.GetValueOrDefault(plan, perPlan.GetValueOrDefault("free", 0));
        var since = time.GetUtcNow() - Window;
        var recent = await db.Set<ToolAuditEntry>()
            .Where(e => e.UserId == userId && actions.Contains(e.Action) && e.Outcome != "limited" && e.OccurredAt > since)
            .OrderBy(e => e.OccurredAt).Select(e => e.OccurredAt).Take(limit + 1).ToListAsync(cancellationToken);
        if (recent.Count >= limit)
        {
            var retry = recent.Count == 0 ? Window : recent[0] + Window - time.GetUtcNow();
            throw new LimitExceededException($"You have used your {limit} {what} for this hour; try again in {Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes))} minutes.", retry);
        }
    }

    private async Task<string> PlanOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<User>().Where(u => u.Id == userId).Select(u => u.Plan).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The user");

    private async Task<UserTool> FindAsync(Guid userId, Guid toolId, CancellationToken cancellationToken) =>
        await db.Set<UserTool>().SingleOrDefaultAsync(t => t.Id == toolId && t.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("The tool");

    private async Task<UserTool> FindByNameAsync(Guid userId, string name, CancellationToken cancellationToken) =>
        await db.Set<UserTool>().SingleOrDefaultAsync(t => t.UserId == userId && t.Name == name.Trim(), cancellationToken)
        ?? throw new NotFoundException($"A tool called '{name.Trim()}'");

    private void Audit(Guid userId, Guid? toolId, string action, string? version, string? input, double? output, string? error, string outcome,
        string? refusal, TimeSpan duration, string? requestId) =>
        db.Set<ToolAuditEntry>().Add(new ToolAuditEntry
        {
            UserId = userId, ToolId = toolId, Action = action, Version = version, Input = input, Output = output,
            Error = error is { Length: > 300 } ? error[..300] : error, Outcome = outcome, Refusal = refusal,
            DurationMs = duration.TotalMilliseconds, RequestId = requestId ?? request.RequestId, OccurredAt = time.GetUtcNow(),
        });

    // A refusal is recorded even though the request fails: the audit row is saved on its own. Under a user's lock
    // (creations, changes, runs) the request ends here, so the save commits the lock's transaction: the row counts
    // towards the limit before the next request of the user reads it.
    private async Task AuditNowAsync(Guid userId, Guid? toolId, string action, string? version, string? input, double? output, string? error,
        string outcome, string? refusal, TimeSpan duration, string? requestId, CancellationToken cancellationToken)
    {
        Audit(userId, toolId, action, version, input, output, error, outcome, refusal, duration, requestId);
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        if (action == "run")
        {
            ToolWatch.Ran(outcome);
        }
        ToolWatch.Refused(logger, userId, toolId, action, refusal);
    }

    private static void Apply(UserTool tool, ToolDefinition definition, DateTimeOffset now)
    {
        tool.Name = definition.Name;
        tool.Description = definition.Description.Trim();
        tool.Parameters = JsonSerializer.Serialize(definition.Parameters, Json);
        tool.Formula = definition.Formula.Trim();
        tool.Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tool.Parameters + "\n" + tool.Formula)))[..16];
        tool.UpdatedAt = now;
    }

    internal static IReadOnlyList<ToolParameter> ParametersOf(UserTool tool) =>
        JsonSerializer.Deserialize<List<ToolParameter>>(tool.Parameters, Json) ?? [];

    internal static ToolView View(UserTool tool) =>
        new(tool.Id, tool.Name, tool.Description, ParametersOf(tool), tool.Formula, tool.Version, tool.CreatedAt, tool.UpdatedAt,
            tool.DisabledAt is not null, tool.ApprovedAt is not null);
}
