namespace HealthAgent.Core.Plans;

/// <summary>Invites, bound from the <c>Invites</c> section (docs/configuration.md).</summary>
public sealed class InviteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Invites";

    /// <summary>
    /// Whether a new user needs an invite code (<c>/activate CODE</c>) before the bot answers them
    /// (<c>Invites:Required</c>, default false). Users who joined while it was off keep their access.
    /// </summary>
    public bool Required { get; set; }
}
