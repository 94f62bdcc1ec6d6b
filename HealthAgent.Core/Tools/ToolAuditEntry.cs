namespace HealthAgent.Core.Tools;

/// <summary>One audited creation, change, deletion or run of a user's tool (<c>tool_audit</c>).</summary>
public sealed class ToolAuditEntry
{
    /// <summary>The row, in insertion order.</summary>
    public long Id { get; set; }

    /// <summary>The tool's owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The tool, when there was one.</summary>
    public Guid? ToolId { get; set; }

    /// <summary><c>draft</c> (a refused chat draft), <c>create</c>, <c>update</c>, <c>delete</c>, <c>run</c> or <c>approve</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The definition's version hash.</summary>
    public string? Version { get; set; }

    /// <summary>The run's inputs, as JSON.</summary>
    public string? Input { get; set; }

    /// <summary>The run's result.</summary>
    public double? Output { get; set; }

    /// <summary>Why it was refused, in the user's words.</summary>
    public string? Error { get; set; }

    /// <summary><c>success</c>, <c>refused</c> or <c>limited</c>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The sandbox's or the validator's kind of refusal.</summary>
    public string? Refusal { get; set; }

    /// <summary>How long it took.</summary>
    public double DurationMs { get; set; }

    /// <summary>The request that did it.</summary>
    public string? RequestId { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }
}
