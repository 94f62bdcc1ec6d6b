namespace HealthAgent.Core.Tools;

/// <summary>A user's own tool as stored (<c>user_tools</c>); the rules it obeys live with the sandbox in HealthAgent.Agent.</summary>
public sealed class UserTool
{
    /// <summary>The tool.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner; only they can see or run it.</summary>
    public Guid UserId { get; set; }

    /// <summary>Its name, unique per user.</summary>
    public string Name { get; set; } = "";

    /// <summary>What it computes.</summary>
    public string Description { get; set; } = "";

    /// <summary>Its inputs as JSON: <c>[{"name": …, "description": …}]</c>.</summary>
    public string Parameters { get; set; } = "[]";

    /// <summary>The formula.</summary>
    public string Formula { get; set; } = "";

    /// <summary>A hash of the formula and inputs, recorded with every run so that a result can be traced to its definition.</summary>
    public string Version { get; set; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// When it was approved to run: at creation, unless <c>Tools:RequireApproval</c> is on, in which case an administrator
    /// approves it (and again after each change); null while it waits.
    /// </summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>When an administrator disabled it, or null.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
