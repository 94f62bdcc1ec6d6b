namespace HealthAgent.Core.Conversations.Photos;

/// <summary>Items proposed from a food photo, waiting for the user to confirm; nothing is in the food log until then.</summary>
public sealed class PhotoProposal
{
    /// <summary>The proposal id (in the buttons' action ids).</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The proposed items as JSON (a list of food item drafts with their figures and sources).</summary>
    public required string Items { get; set; }

    /// <summary>What the photo was understood as (the caption, or the vision model's description).</summary>
    public required string Description { get; set; }

    /// <summary>When it was proposed (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the buttons stop working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
