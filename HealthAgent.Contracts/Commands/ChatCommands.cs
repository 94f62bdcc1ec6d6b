namespace HealthAgent.Contracts.Commands;

/// <summary>The one command catalogue: the Bot registers it with Telegram and routes by it, the Api accepts what it lists.</summary>
public static class ChatCommands
{
    /// <summary>The answer to a command that does not exist, or that the sender may not use (admin commands): one sentence for both.</summary>
    public const string UnknownCommandReply = "I don't know that command. Send /help to see what I can do.";

    /// <summary>Every command, in the order of Telegram's menu; the admin commands last.</summary>
    public static readonly IReadOnlyList<ChatCommand> All =
    [
        new("start", "Get started: time zone and goals", CommandHandler.Api),
        new("help", "What I can do", CommandHandler.Api),
        new("today", "Today's totals", CommandHandler.Api),
        new("week", "This week", CommandHandler.Api),
        new("goals", "Your goals", CommandHandler.Api),
        new("sleep", "Sleep check-in: last night in six taps", CommandHandler.Api),
        new("streak", "Your streak", CommandHandler.Api),
        new("achievements", "Your achievements", CommandHandler.Api),
        new("settings", "Settings", CommandHandler.Api),
        new("timezone", "Set your time zone", CommandHandler.Api),
        new("tools", "Your own tools", CommandHandler.Api),
        new("tool", "Run one of your tools: /tool name input=number", CommandHandler.Api),
        new("newtool", "Make a tool: /newtool name = formula", CommandHandler.Api),
        new("deletetool", "Delete one of your tools: /deletetool name", CommandHandler.Api),
        new("activate", "Use an invite code: /activate CODE", CommandHandler.Api),
        new("clear", "Forget our conversation", CommandHandler.Bot),
        new("export", "Download your data", CommandHandler.Bot),
        new("delete_me", "Delete all your data", CommandHandler.Bot),
        new("invite", "Admin: make an invite code: /invite [plan] [days] [uses]", CommandHandler.Api, AdminOnly: true),
        new("invites", "Admin: the invite codes still usable", CommandHandler.Api, AdminOnly: true),
        new("revoke", "Admin: withdraw an invite code: /revoke CODE", CommandHandler.Api, AdminOnly: true),
        new("plan", "Admin: put a user on a plan: /plan USER PLAN", CommandHandler.Api, AdminOnly: true),
    ];

    /// <summary>What everyone is shown (Telegram's menu through <c>setMyCommands</c>): every command but the admin ones.</summary>
    public static IReadOnlyList<ChatCommand> Menu { get; } = [.. All.Where(command => !command.AdminOnly)];

    /// <summary>The command called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ChatCommand? Find(string? name) =>
        All.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the Api answers <paramref name="name"/>.</summary>
    public static bool IsAnsweredByApi(string? name) => Find(name)?.AnsweredBy == CommandHandler.Api;
}
