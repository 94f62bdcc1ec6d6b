using HealthAgent.Core.Charts;
using HealthAgent.Agent.Offline;
using HealthAgent.Agent.Plugins;
using HealthAgent.Contracts.Commands;
using HealthAgent.Core.Conversations.Flows;

namespace HealthAgent.Agent.Commands;

/// <summary>
/// What each chat command of the catalogue (<see cref="ChatCommands"/>) answered by the Api means: a function call, the
/// help text, or a guided flow (<see cref="FlowOf"/>). Commands have one meaning each, so they go straight to their function, with no words to understand.
/// </summary>
public static class CommandFunctions
{
    /// <summary>The commands answered here: those of the catalogue that the Api answers, but the admin ones (<see cref="Admin.AdminCommands"/>).</summary>
    public static IReadOnlyCollection<string> Known { get; } =
        [.. ChatCommands.All.Where(command => command.AnsweredBy == CommandHandler.Api && !command.AdminOnly).Select(command => command.Name)];

    /// <summary>What <paramref name="command"/> (with its <paramref name="args"/>) asks for; null for a command not answered here.</summary>
    public static Understanding? For(string command, string? args, IIntentPatterns patterns)
    {
        var name = command.Trim().TrimStart('/').ToLowerInvariant();
        if (!Known.Contains(name))
        {
            return null;
        }
        return name switch
        {
            "help" => Understanding.Say(patterns.Help),
            "today" => Call(AgentFunctions.FoodDaySummary),
            "week" => new Understanding([PlannedCall.Of(AgentFunctions.FoodWeekSummary), ChartIntents.Show(ChartKind.Calories)]),
            "goals" => Call(AgentFunctions.GoalsGet),
            "streak" => Call(AgentFunctions.ProfileProgress, "streak"),
            "achievements" => Call(AgentFunctions.ProfileProgress, "achievements"),
            "timezone" when string.IsNullOrWhiteSpace(args) => Call(AgentFunctions.ProfileGet, "timezone"),
            "timezone" => Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileSetTimeZone, ("timeZone", args.Trim()))),
            "tools" => Call(AgentFunctions.ToolsList),
            "tool" when string.IsNullOrWhiteSpace(args) => Call(AgentFunctions.ToolsList),
            "tool" => RunTool(args),
            "newtool" => ToolIntents.Draft(args ?? ""),
            "deletetool" => ToolIntents.Delete(args),
            _ => throw new InvalidOperationException($"The command '/{name}' is in the catalogue for the Api but has no meaning here."),
        };
    }

    /// <summary>The command that redeems an invite code; answered by the conversation service, not by a function.</summary>
    public const string Activate = "activate";

    /// <summary>The guided flow a command starts (<c>/start</c>: onboarding, <c>/sleep</c>: the sleep check-in), or null.</summary>
    public static string? FlowOf(string command) => command.Trim().TrimStart('/').ToLowerInvariant() switch
    {
        "start" => OnboardingFlow.FlowName,
        "sleep" => SleepCheckInFlow.FlowName,
        "settings" => Settings.SettingsFlow.FlowName,
        _ => null,
    };

    private static Understanding Call(string function, string? focus = null) => Understanding.Call(PlannedCall.Of(function), focus);

    /// <summary>The usage of <c>/tool</c>, for a malformed call.</summary>
    public const string ToolUsage = "Run a tool like this: /tool protein_per_kg body_weight_kg=80 (the tool's name, then a number for each input). /tools lists yours.";

    // "/tool name input=number …": the name, then each input with an invariant-culture number.
    private static Understanding RunTool(string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var inputs = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words.Skip(1))
        {
            var parts = word.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0
                || !double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return Understanding.Say(ToolUsage);
            }
            inputs[parts[0]] = value;
        }
        return Understanding.Call(PlannedCall.Of(AgentFunctions.ToolsRun, ("name", words[0]), ("inputs", inputs)));
    }
}
