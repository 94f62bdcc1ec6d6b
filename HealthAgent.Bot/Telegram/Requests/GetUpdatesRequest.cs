namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>getUpdates</c>: <see cref="Offset"/> confirms every update below it.</summary>
public sealed record GetUpdatesRequest(long? Offset = null, int? Limit = null, int? Timeout = null, IReadOnlyList<string>? AllowedUpdates = null);
