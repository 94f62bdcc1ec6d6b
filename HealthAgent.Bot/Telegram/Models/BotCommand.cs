namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A command shown in the client's menu.</summary>
public sealed record BotCommand(string Command, string Description);
