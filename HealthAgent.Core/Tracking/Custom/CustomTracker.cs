namespace HealthAgent.Core.Tracking;

/// <summary>A tracker the user defined; its fields are stored as a JSONB array of <see cref="CustomField"/>.</summary>
public sealed class CustomTracker
{
    /// <summary>The tracker id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The name, unique per user ignoring case.</summary>
    public required string Name { get; set; }

    /// <summary>The field definitions as JSON (see <see cref="CustomTrackerJson"/>).</summary>
    public required string Fields { get; set; }

    /// <summary>When it was defined (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
