using HealthAgent.Agent.Plugins;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Offline;

/// <summary>The English rules about the user themselves: what to remember, recall or forget, and their time zone.</summary>
public sealed partial class EnglishIntents
{
    private static Understanding? Memory(string t)
    {
        if (RecallAllPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRecall));
        }
        if (RecallAboutPattern().Match(t) is { Success: true } about)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRecall, ("query", about.Groups["q"].Value)));
        }
        if (ForgetPattern().Match(t) is { Success: true } forget)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryForget, ("query", forget.Groups["q"].Value)));
        }
        if (RememberPattern().Match(t) is { Success: true } remember)
        {
            var content = remember.Groups["q"].Value;
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRemember, ("content", content), ("category", Category(content))));
        }
        return null;
    }

    private static string Category(string fact) => fact switch
    {
        _ when DietWords().IsMatch(fact) => "diet",
        _ when PreferenceWords().IsMatch(fact) => "preference",
        _ when HealthWords().IsMatch(fact) => "health",
        _ when RoutineWords().IsMatch(fact) => "routine",
        _ when GoalWords().IsMatch(fact) => "goal",
        _ => "other",
    };

    private static Understanding? TimeZone(string t)
    {
        if (AskTimeZonePattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileGet), "timezone");
        }
        var match = SetTimeZonePattern().Match(t);
        if (!match.Success)
        {
            return null;
        }
        var place = match.Groups["place"].Value.Trim();
        // Only places we can resolve: "I'm in a bad mood" must not become a time zone.
        var known = CityTimeZones.TryResolve(place, out _) || (place.Contains('/') && TimeZones.TryResolve(place, out _))
            || (place.Length <= 5 && TimeZones.TryResolve(place, out _));
        return known ? Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileSetTimeZone, ("timeZone", place))) : null;
    }
}
