namespace HealthAgent.Bot.Telegram.Models;

/// <summary>A special part of a message's text, such as a <c>bot_command</c> or a <c>mention</c>.</summary>
public sealed record MessageEntity(string Type, int Offset, int Length);
