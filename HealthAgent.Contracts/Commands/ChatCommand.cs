namespace HealthAgent.Contracts.Commands;

/// <summary>A chat command: its name (without the slash), the description Telegram shows, and who answers it.</summary>
/// <param name="Name">The command, for example <c>today</c>.</param>
/// <param name="Description">The text of Telegram's command menu (<c>setMyCommands</c>).</param>
/// <param name="AnsweredBy">The Api (through <c>POST …/conversation/commands</c>) or the Bot itself.</param>
/// <param name="AdminOnly">
/// Only for the administrators listed in <c>Telegram:AdminIds</c>: left out of Telegram's menu and <c>/help</c>, and
/// answered like an unknown command for everyone else.
/// </param>
public sealed record ChatCommand(string Name, string Description, CommandHandler AnsweredBy, bool AdminOnly = false);
