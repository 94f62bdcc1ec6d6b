namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A chat; <see cref="Type"/> is <c>private</c>, <c>group</c>, <c>supergroup</c> or <c>channel</c>.</summary>
public sealed record Chat(long Id, string? Type = null, string? Title = null, string? Username = null);
