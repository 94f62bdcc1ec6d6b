namespace HealthAgent.Contracts.Commands;

/// <summary>A chat command: its name (without the slash), the description Telegram shows, and who answers it.</summary>
/// <param name="Name">The command, for example <c>today</c>.</param>
/// <param name="Description">The text of Telegram's command menu (<c>setMyCommands</c>).</param>
/// <param name="AnsweredBy">The Api (through <c>POST …/conversation/commands</c>) or the Bot itself.</param>
public sealed record ChatCommand(string Name, string Description, CommandHandler AnsweredBy);
