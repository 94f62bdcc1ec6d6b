namespace HealthAgent.Bot.Telegram.Models;

/// <summary>The answer of <c>getFile</c>: <see cref="FilePath"/> is what the download URL needs.</summary>
public sealed record TelegramFile(string FileId, long? FileSize = null, string? FilePath = null);
