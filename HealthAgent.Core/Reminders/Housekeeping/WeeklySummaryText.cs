using System.Globalization;
using HealthAgent.Core.Food;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>The words of the weekly summary, from the week's stored totals and the user's goals (the chart shows the same days).</summary>
public static class WeeklySummaryText
{
    /// <summary>The summary of <paramref name="week"/>.</summary>
    public static string Of(WeeklySummary week)
    {
        var heading = $"📈 Your week, {Day(week.WeekStart, "ddd d MMM")} – {Day(week.WeekStart.AddDays(6), "ddd d MMM")}";
        if (week.DaysLogged == 0)
        {
            return $"{heading}: nothing logged. Tell me what you eat this week and the next summary will chart it against your goal.";
        }
        var lines = new List<string> { $"{heading}:", $"• Meals logged on {week.DaysLogged} of 7 days." };
        var average = week.DailyAverage;
        var kcal = week.Progress.GetValueOrDefault("kcal");
        lines.Add(kcal?.Goal is { } goal
            ? $"• Calories: {N(average.Kcal)} kcal a day on average against your goal of {N(goal)} ({N(kcal.Percent ?? 0)} %)"
              + (week.DaysWithinCalorieGoal is { } within ? $"; {within} of the {week.DaysLogged} day(s) within 10 % of it." : ".")
            : $"• Calories: {N(average.Kcal)} kcal a day on average ({N(week.Totals.Kcal)} kcal in all). Set a goal (\"set my calorie goal to 2000\") and I'll measure the week against it.");
        lines.Add($"• A day on average: {Macro(week, "protein", average.ProteinG)}, {Macro(week, "carbs", average.CarbsG)}, {Macro(week, "fat", average.FatG)}.");
        if (week.TopFoods.Count > 0)
        {
            lines.Add("• Most energy from: " + string.Join(", ", week.TopFoods.Take(3).Select(f => $"{f.Name} ({N(f.Kcal)} kcal)")) + ".");
        }
        return string.Join("\n", lines);
    }

    private static string Macro(WeeklySummary week, string key, decimal grams) =>
        week.Progress.GetValueOrDefault(key) is { Goal: { } goal, Percent: { } percent }
            ? $"{key} {N(grams)} g (goal {N(goal)} g, {N(percent)} %)"
            : $"{key} {N(grams)} g";

    private static string Day(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);

    private static string N(decimal value) => Math.Round(value, 0).ToString("N0", CultureInfo.InvariantCulture);
}
