namespace HealthAgent.Tests.Functional.Bot;

/// <summary>One Bot API request the stub received.</summary>
public sealed record TelegramCall(string Method, string Body, string? ContentType, TimeSpan At);
