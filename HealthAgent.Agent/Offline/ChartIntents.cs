using System.Text.RegularExpressions;
using HealthAgent.Core.Charts;
using HealthAgent.Agent.Plugins;

namespace HealthAgent.Agent.Offline;

/// <summary>"show my weight chart", "graph of my sleep", "plot my calories this week": a chart for the offline brain.</summary>
public static partial class ChartIntents
{
    /// <summary>The chart asked for, or null.</summary>
    public static Understanding? Understand(string text)
    {
        var t = text.Trim().TrimEnd('?', '!', '.').ToLowerInvariant();
        var match = Before().Match(t) is { Success: true } before ? before : After().Match(t);
        return match.Success && Kind(match.Groups["kind"].Value) is { } kind ? Understanding.Call(Show(kind)) : null;
    }

    /// <summary>The call that draws <paramref name="kind"/>.</summary>
    public static PlannedCall Show(ChartKind kind) => PlannedCall.Of(AgentFunctions.ChartsShow, ("kind", kind.ToString().ToLowerInvariant()));

    private static ChartKind? Kind(string word) => word switch
    {
        "calorie" or "calories" or "kcal" or "food" or "eating" => ChartKind.Calories,
        "macro" or "macros" or "protein" => ChartKind.Macros,
        "weight" or "weigh-ins" => ChartKind.Weight,
        "sleep" => ChartKind.Sleep,
        "water" or "hydration" => ChartKind.Water,
        _ => null,
    };

    // "show me my weight chart", "my sleep graph this week"
    [GeneratedRegex(@"^(?:(?:can you |please )?(?:show|send|give|draw|plot|make)(?: me)? )?(?:my |a |the )?(?<kind>calories?|kcal|food|eating|macros?|protein|weight|weigh-ins|sleep|water|hydration) (?:chart|graph|plot|trend|diagram)(?: (?:for|of) (?:this|the|last) (?:week|month|7 days|30 days))?$")]
    private static partial Regex Before();

    // "chart of my sleep", "plot my calories this week", "graph my water"
    [GeneratedRegex(@"^(?:(?:can you |please )?(?:show|send|give|draw)(?: me)? )?(?:a |the )?(?:chart|graph|plot|diagram)(?: of| for)? (?:my )?(?<kind>calories?|kcal|food|eating|macros?|protein|weight|weigh-ins|sleep|water|hydration)(?: (?:this|last) (?:week|month))?$|^(?:plot|graph|chart) (?:my )?(?<kind>calories?|kcal|macros?|protein|weight|sleep|water)(?: (?:this|last) (?:week|month))?$")]
    private static partial Regex After();
}
