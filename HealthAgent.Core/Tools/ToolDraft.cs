namespace HealthAgent.Core.Tools;

/// <summary>
/// A tool definition drafted in chat and shown to the user, waiting for their Save or Cancel (<c>tool_drafts</c>).
/// Nothing runs from a draft; saving it goes through the same checks, limits and audit as a creation over REST.
/// </summary>
public sealed class ToolDraft
{
    /// <summary>The draft, named by its buttons.</summary>
    public Guid Id { get; set; }

    /// <summary>Whose it is; only they can save it.</summary>
    public Guid UserId { get; set; }

    /// <summary>The tool it changes, or null for a new tool.</summary>
    public Guid? ToolId { get; set; }

    /// <summary>The definition as JSON (name, description, parameters, formula).</summary>
    public string Definition { get; set; } = "{}";

    /// <summary>When it was drafted (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When its buttons stop working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
