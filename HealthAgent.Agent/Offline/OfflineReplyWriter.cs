using HealthAgent.Core.Measurements;
using HealthAgent.Agent.Turns;
using HealthAgent.Agent.Tools;
using System.Globalization;
using System.Text;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Plugins.Food;
using HealthAgent.Core.Food;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Memory;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// Words the offline brain's answers from tool results. Every figure comes from a result; nothing is estimated here.
/// Also used when the LLM fails after tools already ran, so the user learns what was done.
/// </summary>
public sealed class OfflineReplyWriter
{
    /// <summary>One reply for all results of a turn, in order; body measurements in <paramref name="units"/>.</summary>
    public string Write(IEnumerable<(string Tool, ToolResult Result)> results, string? focus, MeasurementSystem units = MeasurementSystem.Metric)
    {
        var text = new StringBuilder();
        foreach (var (tool, result) in results)
        {
            if (text.Length > 0)
            {
                text.AppendLine();
            }
            text.Append(result.Success ? Describe(tool, result.Data, focus, units) : $"Sorry, that didn't work: {result.Error}");
        }
        return text.ToString().Trim();
    }

    private static string Describe(string tool, object? data, string? focus, MeasurementSystem units) => data switch
    {
        FoodLogResult food => Logged(food),
        DailySummary day => Day(day, focus),
        WeeklySummary week => Week(week, focus),
        GoalsView goals => tool == AgentFunctions.GoalsSet ? "Goals updated. " + Goals(goals, units) : Goals(goals, units),
        FoodEntryView entry when tool == AgentFunctions.FoodResizeItem => $"Updated your {Meal(entry.Meal)}: {Items(entry)}. Total {Kcal(entry.Totals.Kcal)}.",
        FoodEntryView entry => $"Updated: {Meal(entry.Meal)} at {entry.EatenAt:HH:mm} UTC, {Kcal(entry.Totals.Kcal)}.",
        Logged<WeightEntry> w => $"Weight {Units.ShowWeight(w.Entry.WeightKg, units)} logged.{Xp(w.Award)}",
        Logged<SleepEntry> s => $"Sleep logged: {Duration(s.Entry.WakeTime - s.Entry.Bedtime)}, quality {s.Entry.Quality}/10.{Xp(s.Award)}",
        Logged<WaterEntry> w => $"{w.Entry.AmountMl} ml of water logged.{Xp(w.Award)}",
        Logged<ExerciseEntry> e => $"{Capital(e.Entry.Type)} for {e.Entry.Minutes} min logged, about {e.Entry.Kcal} kcal{(e.Entry.KcalEstimated ? " (estimated)" : "")}.{Xp(e.Award)}",
        Logged<MoodEntry> m => $"Mood {m.Entry.Score}/10 logged.{Xp(m.Award)}",
        Logged<CustomEntryView> c => $"Logged in your tracker.{Xp(c.Award)}",
        CustomTrackerView t => $"Tracker \"{t.Name}\" created. Log it like this: \"{t.Name.TrimEnd('s')} " +
            (t.Fields[0] is { Type: CustomFieldType.Scale } f ? $"{(int)((f.Min!.Value + f.Max!.Value) / 2)}/{f.Max}\"." : "1\"."),
        TrackingTrends trends => Trends(trends, focus, units),
        UserProfile profile when tool == AgentFunctions.ProfileSetTimeZone => $"Time zone set to {profile.TimeZone}. Your days now follow local time there.",
        UserProfile profile when focus == "timezone" => $"Your time zone is {profile.TimeZone}.",
        UserProfile profile => Profile(profile),
        GamificationProfile progress => Progress(progress, focus),
        RememberResult remembered => remembered.Merged ? $"I already knew that; updated: \"{remembered.Memory.Content}\"." : $"Got it, I'll remember: \"{remembered.Memory.Content}\".",
        IReadOnlyList<MemoryView> memories when tool == AgentFunctions.MemoryForget => "Forgotten: " + string.Join("; ", memories.Select(m => $"\"{m.Content}\"")) + ".",
        IReadOnlyList<MemoryView> { Count: 0 } => "You haven't asked me to remember anything yet. Say \"remember that …\" and I will.",
        IReadOnlyList<MemoryView> memories => "Here's what I know about you:\n" + string.Join("\n", memories.Select(m => $"• {m.Content}")),
        DeletedFoodEntry => "Deleted that entry; it no longer counts in your totals.",
        IReadOnlyList<ToolView> { Count: 0 } => "You have no tools of your own yet.",
        IReadOnlyList<ToolView> tools => "Your tools:\n" + string.Join("\n", tools.Select(t =>
            $"• {t.Name}({string.Join(", ", t.Parameters.Select(p => p.Name))}): {t.Description}{(t.Disabled ? " (disabled)" : !t.Approved ? " (waiting for approval)" : "")}")),
        ToolView deleted when tool == AgentFunctions.ToolsDelete => $"Deleted your tool {deleted.Name}.",
        IProposal proposal => proposal.Preview,
        Core.Charts.ChartImage chart => chart.Caption,
        Core.Food.Ideas.MealSuggestions ideas => Ideas(ideas),
        ToolRunResult run => $"Result: {run.Value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}",
        _ when ReminderReplies.Describe(data) is { } reminder => reminder,
        _ => "Done.",
    };

    private static string Logged(FoodLogResult food)
    {
        var items = Items(food.Entry);
        var t = food.Entry.Totals;
        var text = $"Logged {Meal(food.Entry.Meal)}: {items}. Total {Kcal(t.Kcal)}, protein {N(t.ProteinG)} g, carbs {N(t.CarbsG)} g, fat {N(t.FatG)} g.{Xp(food.Award)}";
        if (food.Unrecognized.Count > 0)
        {
            text += $" I didn't recognise {string.Join(", ", food.Unrecognized.Select(u => $"'{u}'"))}; describe it differently and I'll add it.";
        }
        return food.Status == "degraded" ? text + " (USDA was unavailable; figures come from the built-in table.)" : text;
    }

    private static string Items(FoodEntryView entry) =>
        string.Join(", ", entry.Items.Select(i => $"{N(i.Quantity)} {i.Unit} {i.Name} ({Kcal(i.Nutrients.Kcal)})".Replace(" piece ", " ")));

    private static string Day(DailySummary day, string? focus)
    {
        var when = day.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
        if (day.Entries == 0)
        {
            return $"Nothing logged for {when} yet.";
        }
        var kcal = Progress(day.Progress, "kcal", day.Totals.Kcal, "kcal");
        var macros = focus switch
        {
            "protein" => $"Protein: {Progress(day.Progress, "protein", day.Totals.ProteinG, "g")}.",
            "carbs" => $"Carbs: {Progress(day.Progress, "carbs", day.Totals.CarbsG, "g")}.",
            "fat" => $"Fat: {Progress(day.Progress, "fat", day.Totals.FatG, "g")}.",
            "fiber" => $"Fibre: {N(day.Totals.FiberG)} g.",
            "sugar" => $"Sugar: {N(day.Totals.SugarG)} g.",
            _ => $"Protein {N(day.Totals.ProteinG)} g, carbs {N(day.Totals.CarbsG)} g, fat {N(day.Totals.FatG)} g.",
        };
        return $"{when}: {kcal} from {day.Entries} {(day.Entries == 1 ? "entry" : "entries")}. {macros}";
    }

    private static string Week(WeeklySummary week, string? focus)
    {
        if (week.DaysLogged == 0)
        {
            return $"Nothing logged in the week of {week.WeekStart:d MMM} yet.";
        }
        var avg = week.DailyAverage;
        var line = focus switch
        {
            "protein" => $"protein {N(week.Totals.ProteinG)} g in total, {N(avg.ProteinG)} g a day on average",
            "carbs" => $"carbs {N(week.Totals.CarbsG)} g in total, {N(avg.CarbsG)} g a day on average",
            "fat" => $"fat {N(week.Totals.FatG)} g in total, {N(avg.FatG)} g a day on average",
            _ => $"{Kcal(week.Totals.Kcal)} in total, {Kcal(avg.Kcal)} a day on average (protein {N(avg.ProteinG)} g, carbs {N(avg.CarbsG)} g, fat {N(avg.FatG)} g)",
        };
        var within = week.DaysWithinCalorieGoal is { } d ? $" {d} of them within your calorie goal." : "";
        return $"Week of {week.WeekStart.ToString("d MMM", CultureInfo.InvariantCulture)}: {line}. {week.DaysLogged} day(s) logged.{within}";
    }

    private static string Progress(IReadOnlyDictionary<string, GoalProgress> progress, string key, decimal consumed, string unit) =>
        progress.TryGetValue(key, out var p) && p.Goal is { } goal
            ? $"{N(consumed)} of {N(goal)} {unit} ({N(p.Percent ?? 0)} %, {N(Math.Abs(p.Remaining ?? 0))} {unit} {((p.Remaining ?? 0) >= 0 ? "left" : "over")})"
            : $"{N(consumed)} {unit}";

    private static string Goals(GoalsView g, MeasurementSystem units)
    {
        var parts = new List<string>();
        if (g.DailyKcal is { } kcal) parts.Add($"{kcal} kcal");
        if (g.ProteinG is { } p) parts.Add($"protein {p} g");
        if (g.CarbsG is { } c) parts.Add($"carbs {c} g");
        if (g.FatG is { } f) parts.Add($"fat {f} g");
        if (g.WaterMl is { } w) parts.Add($"water {w} ml");
        if (g.TargetWeightKg is { } tw) parts.Add($"target weight {Units.ShowWeight(tw, units)}");
        return parts.Count == 0 ? "You have no goals yet. Try \"set my calorie goal to 2000\"." : "Your daily goals: " + string.Join(", ", parts) + ".";
    }

    private static string Trends(TrackingTrends trends, string? focus, MeasurementSystem units)
    {
        var w = trends.Last7Days;
        var m = trends.Last30Days;
        var lines = new List<string>();
        if (focus is null or "weight" && m.AverageWeightKg is { } weight) lines.Add($"weight {Units.ShowWeight((decimal)weight, units)} on average over 30 days{(m.WeightChangeKg is { } c ? $", {(c > 0 ? "+" : c < 0 ? "-" : "")}{Units.ShowWeight((decimal)Math.Abs(c), units)} change" : "")}");
        if (focus is null or "sleep" && w.AverageSleepHours is { } sleep) lines.Add($"sleep {sleep:0.0} h a night this week");
        if (focus is null or "water" && w.AverageWaterMlPerDay is { } water) lines.Add($"water {water:0} ml a day this week");
        if (focus is null or "exercise" && w.AverageExerciseMinutesPerDay is { } ex) lines.Add($"exercise {ex:0} min a day this week");
        if (focus is null or "mood" && w.AverageMood is { } mood) lines.Add($"mood {mood:0.0}/10 this week");
        return lines.Count == 0 ? "Not enough tracking yet to show trends. Log weight, sleep, water, exercise or mood and ask again." : "Your trends: " + string.Join("; ", lines) + ".";
    }

    private static string Ideas(Core.Food.Ideas.MealSuggestions s)
    {
        var room = s.RemainingKcal is { } left ? $"you have {Kcal(Math.Max(0, left))} left today" : $"about {Kcal(s.BudgetKcal)} is a usual {Meal(s.Meal)}";
        var head = s.Fits ? $"Ideas for {Meal(s.Meal)} ({room}):" : $"Even the lightest {Meal(s.Meal)} ideas are over {Kcal(s.BudgetKcal)} ({room}):";
        var lines = s.Ideas.Select(i => $"• {Capital(i.Name)}: {Kcal((decimal)i.Totals.Kcal)}, {N((decimal)i.Totals.Protein)} g protein, {N((decimal)i.Totals.Fiber)} g fibre");
        return head + "\n" + string.Join("\n", lines) + "\nTell me what you end up eating and I'll log it.";
    }

    private static string Profile(UserProfile p) =>
        $"{p.DisplayName}: time zone {p.TimeZone}, language {p.Language}, {p.Units.ToString().ToLowerInvariant()} units" +
        (p.HeightCm is { } h ? $", height {Units.ShowHeight(h, p.Units)}" : "") + (p.BirthYear is { } y ? $", born {y}" : "") + $", activity {p.ActivityLevel.ToString().ToLowerInvariant()}, " +
        $"{p.Plan} plan (an invite code changes it: /activate CODE).";

    private static string Progress(GamificationProfile g, string? focus)
    {
        var any = g.Streaks.FirstOrDefault(s => s.Activity == StreakActivity.Any);
        var streak = any is null ? "no streak yet" : $"{any.Current}-day streak (best {any.Best})";
        var earned = g.Achievements.Where(a => a.EarnedAt is not null).ToList();
        return focus switch
        {
            "streak" => $"You're on a {streak}." + string.Concat(g.Streaks.Where(s => s.Activity != StreakActivity.Any && s.Current > 0).Select(s => $" {Capital(s.Activity.ToString())}: {s.Current} days.")),
            "achievements" => earned.Count == 0 ? "No achievements yet; log a meal to earn your first." : $"{earned.Count} achievement(s): " + string.Join(", ", earned.Select(a => a.Title)) + ".",
            _ => $"Level {g.Level.Level} ({g.Level.TotalXp} XP, {g.Level.XpIntoLevel}/{g.Level.XpForLevel} to the next), {streak}, {earned.Count} achievement(s).",
        };
    }

    private static string Xp(AwardResult? award) => AwardResult.Words(award);

    private static string Meal(MealType meal) => meal.ToString().ToLowerInvariant();

    private static string Kcal(decimal kcal) => $"{Math.Round(kcal, 0).ToString(CultureInfo.InvariantCulture)} kcal";

    private static string N(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span.Minutes == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalHours} h {span.Minutes:00} min";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
