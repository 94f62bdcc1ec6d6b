using HealthAgent.Bot.Telegram.Models;

namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>setMyCommands</c>.</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);
