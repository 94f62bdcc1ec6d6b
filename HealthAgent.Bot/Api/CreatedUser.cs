namespace HealthAgent.Bot.Api;

/// <summary>The part of the Api's user the Bot needs.</summary>
public sealed record CreatedUser(Guid Id);
