using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;

namespace HealthAgent.Agent;

/// <summary>The agent's counters (exported as <c>healthagent_agent_replies_total{brain}</c>).</summary>
internal static class AgentMetrics
{
    public static readonly Counter<long> Replies = CoreTelemetry.Meter.CreateCounter<long>(
        "healthagent.agent.replies", "{reply}", "Replies by the brain that produced them (llm or offline).");
}
