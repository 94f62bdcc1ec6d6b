namespace HealthAgent.Contracts.Commands;

/// <summary>The one command catalogue: the Bot registers it with Telegram and routes by it, the Api accepts what it lists.</summary>
public static class ChatCommands
{
    /// <summary>Every command, in the order of Telegram's menu.</summary>
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
    ];

    /// <summary>The command called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ChatCommand? Find(string? name) =>
        All.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the Api answers <paramref name="name"/>.</summary>
    public static bool IsAnsweredByApi(string? name) => Find(name)?.AnsweredBy == CommandHandler.Api;
}
