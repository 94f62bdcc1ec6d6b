using HealthAgent.Agent.Plugins.Charts;
using HealthAgent.Agent.Plugins.Food;
using HealthAgent.Agent.Plugins.Goals;
using HealthAgent.Agent.Plugins.Memory;
using HealthAgent.Agent.Plugins.Tools;
using HealthAgent.Agent.Plugins.Profile;
using HealthAgent.Agent.Plugins.Reminders;
using HealthAgent.Agent.Plugins.Tracking;

namespace HealthAgent.Agent.Plugins;

/// <summary>
/// The functions' names as the model sees them: Semantic Kernel names a plugin's function <c>plugin_function</c>. The
/// offline brain and the reply writer refer to functions by these names; a test (<c>AgentFunctionsTests</c>) checks that
/// each one names a function that a turn's kernel offers the brain.
/// </summary>
public static class AgentFunctions
{
    /// <summary>Logs a meal.</summary>
    public const string FoodLog = FoodPlugin.Name + "_log";

    /// <summary>Changes a food entry.</summary>
    public const string FoodEditEntry = FoodPlugin.Name + "_edit_entry";

    /// <summary>Corrects the portion of a food in an entry.</summary>
    public const string FoodResizeItem = FoodPlugin.Name + "_resize_item";

    /// <summary>Suggests plates for a meal within the day's calorie goal.</summary>
    public const string FoodSuggestMeal = FoodPlugin.Name + "_suggest_meal";

    /// <summary>Deletes a food entry.</summary>
    public const string FoodDeleteEntry = FoodPlugin.Name + "_delete_entry";

    /// <summary>One day's totals.</summary>
    public const string FoodDaySummary = FoodPlugin.Name + "_day_summary";

    /// <summary>One week's totals.</summary>
    public const string FoodWeekSummary = FoodPlugin.Name + "_week_summary";

    /// <summary>Reads the goals.</summary>
    public const string GoalsGet = GoalsPlugin.Name + "_get";

    /// <summary>Sets goals.</summary>
    public const string GoalsSet = GoalsPlugin.Name + "_set";

    /// <summary>Logs a weight.</summary>
    public const string TrackingLogWeight = TrackingPlugin.Name + "_log_weight";

    /// <summary>Logs a night's sleep.</summary>
    public const string TrackingLogSleep = TrackingPlugin.Name + "_log_sleep";

    /// <summary>Logs water.</summary>
    public const string TrackingLogWater = TrackingPlugin.Name + "_log_water";

    /// <summary>Logs exercise.</summary>
    public const string TrackingLogExercise = TrackingPlugin.Name + "_log_exercise";

    /// <summary>Logs mood.</summary>
    public const string TrackingLogMood = TrackingPlugin.Name + "_log_mood";

    /// <summary>Creates a custom tracker.</summary>
    public const string TrackingDefineCustom = TrackingPlugin.Name + "_define_custom";

    /// <summary>Logs an entry of a custom tracker.</summary>
    public const string TrackingLogCustom = TrackingPlugin.Name + "_log_custom";

    /// <summary>Reads the trends.</summary>
    public const string TrackingTrends = TrackingPlugin.Name + "_trends";

    /// <summary>Reads the profile.</summary>
    public const string ProfileGet = ProfilePlugin.Name + "_get";

    /// <summary>Changes the profile.</summary>
    public const string ProfileUpdate = ProfilePlugin.Name + "_update";

    /// <summary>Sets the time zone.</summary>
    public const string ProfileSetTimeZone = ProfilePlugin.Name + "_set_time_zone";

    /// <summary>Reads XP, streaks and achievements.</summary>
    public const string ProfileProgress = ProfilePlugin.Name + "_progress";

    /// <summary>Remembers a fact.</summary>
    public const string MemoryRemember = MemoryPlugin.Name + "_remember";

    /// <summary>Recalls facts.</summary>
    public const string MemoryRecall = MemoryPlugin.Name + "_recall";

    /// <summary>Forgets facts.</summary>
    public const string MemoryForget = MemoryPlugin.Name + "_forget";

    /// <summary>Creates a reminder.</summary>
    public const string RemindersCreate = RemindersPlugin.Name + "_create";

    /// <summary>Lists reminders.</summary>
    public const string RemindersList = RemindersPlugin.Name + "_list";

    /// <summary>Moves a reminder.</summary>
    public const string RemindersMove = RemindersPlugin.Name + "_move";

    /// <summary>Pauses, resumes or deletes reminders.</summary>
    public const string RemindersChangeState = RemindersPlugin.Name + "_change_state";

    /// <summary>Lists the user's own tools.</summary>
    public const string ToolsList = ToolsPlugin.Name + "_list";

    /// <summary>Runs one of the user's own tools.</summary>
    public const string ToolsRun = ToolsPlugin.Name + "_run";

    /// <summary>Drafts a tool (or a change to one) for the user to save or cancel.</summary>
    public const string ToolsDraft = ToolsPlugin.Name + "_draft";

    /// <summary>Sends a chart.</summary>
    public const string ChartsShow = ChartsPlugin.Name + "_show";

    /// <summary>Deletes one of the user's own tools.</summary>
    public const string ToolsDelete = ToolsPlugin.Name + "_delete";
}
