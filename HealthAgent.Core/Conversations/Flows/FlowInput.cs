namespace HealthAgent.Core.Conversations.Flows;

/// <summary>A point on Earth, as Telegram shares a location.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>What the user answered a flow's question with: words, a button, or a shared location.</summary>
/// <param name="Text">A message, trimmed.</param>
/// <param name="Choice">The value of a pressed button.</param>
/// <param name="Location">A shared location.</param>
public sealed record FlowInput(string? Text = null, string? Choice = null, GeoPoint? Location = null)
{
    /// <summary>Whether the user asked to skip the question ("skip", "later", the Skip button).</summary>
    public bool IsSkip => Choice == FlowButtons.Skip || Text?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "skip" or "later" or "not now" or "pass" or "next";

    /// <summary>Whether the user asked to stop the flow ("stop", "cancel", "/cancel").</summary>
    public bool IsStop => Text?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "stop" or "cancel" or "quit" or "exit" or "/cancel";
}
