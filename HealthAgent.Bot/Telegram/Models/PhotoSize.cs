namespace HealthAgent.Bot.Telegram.Models;

/// <summary>One size of a photo.</summary>
public sealed record PhotoSize(string FileId, int Width = 0, int Height = 0, long? FileSize = null);
