namespace HealthAgent.Bot.Api;

/// <summary>The Api could not answer (down, timing out, 5xx, 429, open circuit): keep the update and try again later.</summary>
public sealed class ApiUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
