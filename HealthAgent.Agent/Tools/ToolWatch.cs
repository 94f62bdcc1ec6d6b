using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Runtime monitoring of users' tools: every attempt that looks like probing the sandbox (a forbidden construct, an
/// unknown name, an oversized formula) or hitting a limit is counted in <c>healthagent_tools_suspicious_total{reason}</c>
/// and logged; administrators list the tools and users behind them (<c>GET /api/v1/admin/tools/flagged</c>).
/// </summary>
public static class ToolWatch
{
    /// <summary>The refusals that count as suspicious; a division by zero or a missing input does not.</summary>
    public static readonly IReadOnlySet<string> SuspiciousRefusals = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(SandboxRefusal.ForbiddenCharacter), nameof(SandboxRefusal.UnknownFunction), nameof(SandboxRefusal.UnknownName),
        nameof(SandboxRefusal.TooLong), nameof(SandboxRefusal.TooDeep), nameof(SandboxRefusal.TooSlow), "limit",
    };

    private static readonly Counter<long> Suspicious = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.tools.suspicious", description: "Tool creations and runs that probed the sandbox or hit a limit, by reason");

    private static readonly Counter<long> Runs = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.tools.runs", description: "Tool runs by outcome (success, refused, limited)");

    /// <summary>Counts a run by its outcome.</summary>
    public static void Ran(string outcome) => Runs.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts and logs <paramref name="reason"/> when it is suspicious.</summary>
    public static void Refused(ILogger logger, Guid userId, Guid? toolId, string action, string? reason)
    {
        foreach (var one in (reason ?? "").Split(','))
        {
            if (SuspiciousRefusals.Contains(one))
            {
                Suspicious.Add(1, new KeyValuePair<string, object?>("reason", one));
                logger.LogWarning("Suspicious tool {Action} by user {UserId} (tool {ToolId}): {Reason}", action, userId, toolId, one);
            }
        }
    }
}
