using HealthAgent.Core.Measurements;
using System.Globalization;
using HealthAgent.Core.Food;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;
using ScottPlot;

namespace HealthAgent.Core.Charts;

/// <summary>
/// Draws a user's charts with ScottPlot, server-side, from the same summaries the agent reads: every value plotted is a
/// stored figure, and the caption states the numbers, so the chart and the words cannot disagree.
/// </summary>
public sealed class ChartService(FoodSummaryService food, GoalService goals, TrackingQueryService tracking, UserService users, TimeProvider time)
{
    private static readonly Color Ink = Color.FromHex("#2b2d42"), Goal = Color.FromHex("#ef476f"), Protein = Color.FromHex("#118ab2"),
        Carbs = Color.FromHex("#ffd166"), Fat = Color.FromHex("#06d6a0"), Bar = Color.FromHex("#4f6d7a");

    /// <summary>Renders <paramref name="kind"/> for the user, as of today in their zone.</summary>
    public Task<ChartImage> RenderAsync(Guid userId, ChartKind kind, CancellationToken cancellationToken) => RenderAsync(userId, kind, null, cancellationToken);

    /// <summary>Renders <paramref name="kind"/> for the user as of the local day <paramref name="day"/> (today when null): the calories and macros of its week, the days up to it for the others.</summary>
    public async Task<ChartImage> RenderAsync(Guid userId, ChartKind kind, DateOnly? day, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var zone = TimeZones.Find(profile.TimeZone);
        var now = ZonedTime.LocalDate(time.GetUtcNow(), zone);
        var today = day ?? now;
        var targets = await goals.GetAsync(userId, cancellationToken);
        return kind switch
        {
            ChartKind.Calories or ChartKind.Macros => await WeekAsync(userId, kind, today, ZonedTime.WeekStart(today) == ZonedTime.WeekStart(now), targets, cancellationToken),
            ChartKind.Weight => await WeightAsync(userId, today, targets, profile.Units, cancellationToken),
            ChartKind.Sleep => await SleepAsync(userId, today, zone, cancellationToken),
            _ => await WaterAsync(userId, today, targets, cancellationToken),
        };
    }

    private async Task<ChartImage> WeekAsync(Guid userId, ChartKind kind, DateOnly day, bool current, GoalsView targets, CancellationToken cancellationToken)
    {
        var week = await food.WeeklyAsync(userId, day, cancellationToken);
        var which = current ? "this week" : $"the week of {week.WeekStart.ToString("d MMM", CultureInfo.InvariantCulture)}";
        var plot = Plot($"{(kind == ChartKind.Calories ? "Calories" : "Macros")}, week of {week.WeekStart:d MMM}", kind == ChartKind.Calories ? "kcal" : "grams");
        Days(plot, week.Days.Select(d => d.Date).ToList());
        if (kind == ChartKind.Calories)
        {
            AddBars(plot, week.Days.Select(d => (double)d.Nutrients.Kcal).ToList(), Bar);
            GoalLine(plot, targets.DailyKcal, "goal");
            var caption = $"Calories {which}: {Round(week.DailyAverage.Kcal)} kcal a day on average over {week.DaysLogged} logged day(s)" +
                (targets.DailyKcal is { } goal ? $", goal {goal.ToString("N0", CultureInfo.InvariantCulture)} kcal" +
                    (week.DaysWithinCalorieGoal is { } within ? $", {within} day(s) within it." : ".") : ".");
            return Image(ChartKind.Calories, plot, caption);
        }
        var stacked = new List<ScottPlot.Bar>();
        for (var i = 0; i < week.Days.Count; i++)
        {
            var n = week.Days[i].Nutrients;
            var baseline = 0.0;
            foreach (var (grams, color) in new[] { ((double)n.ProteinG, Protein), ((double)n.CarbsG, Carbs), ((double)n.FatG, Fat) })
            {
                stacked.Add(new ScottPlot.Bar { Position = i, ValueBase = baseline, Value = baseline + grams, FillColor = color, LineWidth = 0 });
                baseline += grams;
            }
        }
        plot.Add.Bars(stacked);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "protein", FillColor = Protein });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "carbs", FillColor = Carbs });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "fat", FillColor = Fat });
        plot.ShowLegend(Alignment.UpperLeft);
        var avg = week.DailyAverage;
        return Image(ChartKind.Macros, plot,
            $"Macros {which}, a day on average: protein {Round(avg.ProteinG)} g, carbs {Round(avg.CarbsG)} g, fat {Round(avg.FatG)} g.");
    }

    // Drawn and captioned in the user's units; stored weights are kilograms.
    private async Task<ChartImage> WeightAsync(Guid userId, DateOnly today, GoalsView targets, MeasurementSystem units, CancellationToken cancellationToken)
    {
        var entries = (await tracking.ListAsync<WeightEntry>(userId, today.AddDays(-29), today, 200, null, cancellationToken)).Items
            .OrderBy(e => e.MeasuredAt).ToList();
        var pounds = units == MeasurementSystem.Imperial;
        double Shown(decimal kg) => (double)(pounds ? kg / Units.KgPerPound : kg);
        var plot = Plot("Weight, last 30 days", pounds ? "lb" : "kg");
        if (entries.Count > 0)
        {
            var line = plot.Add.Scatter(entries.Select(e => e.MeasuredAt.UtcDateTime.ToOADate()).ToArray(), entries.Select(e => Shown(e.WeightKg)).ToArray(), Bar);
            line.LineWidth = 3;
            line.MarkerSize = 8;
        }
        plot.Axes.DateTimeTicksBottom();
        GoalLine(plot, targets.TargetWeightKg is { } target ? Shown(target) : null, "target");
        // The whole 30 days across, and the target in view with the weigh-ins.
        plot.Axes.SetLimitsX(today.AddDays(-29).ToDateTime(TimeOnly.MinValue).ToOADate(), today.AddDays(1).ToDateTime(TimeOnly.MinValue).ToOADate());
        var values = entries.Select(e => Shown(e.WeightKg)).Concat(targets.TargetWeightKg is { } t0 ? [Shown(t0)] : []).ToList();
        if (values.Count > 0)
        {
            plot.Axes.SetLimitsY(values.Min() - 1, values.Max() + 1);
        }
        var caption = entries.Count == 0 ? "No weigh-ins in the last 30 days yet: tell me \"weight 72.5\" and the line starts."
            : $"Weight: {Units.ShowWeight(entries[^1].WeightKg, units)} now, {Change(entries[^1].WeightKg - entries[0].WeightKg, units)} over {entries.Count} weigh-in(s) in 30 days" +
              (targets.TargetWeightKg is { } t ? $", target {Units.ShowWeight(t, units)}." : ".");
        return Image(ChartKind.Weight, plot, caption);
    }

    private async Task<ChartImage> SleepAsync(Guid userId, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var nights = (await tracking.ListAsync<SleepEntry>(userId, today.AddDays(-6), today, 100, null, cancellationToken)).Items;
        var days = Enumerable.Range(0, 7).Select(i => today.AddDays(i - 6)).ToList();
        var hours = days.Select(d => nights.Where(n => ZonedTime.LocalDate(n.WakeTime, zone) == d).Sum(n => n.Duration.TotalHours)).ToList();
        var plot = Plot("Sleep, last 7 nights", "hours");
        Days(plot, days);
        AddBars(plot, hours, Protein);
        GoalLine(plot, 7, "7 h");
        var slept = hours.Where(h => h > 0).ToList();
        return Image(ChartKind.Sleep, plot, slept.Count == 0 ? "No sleep logged in the last 7 nights: /sleep takes six taps."
            : $"Sleep: {slept.Average():0.0} h a night on average over {slept.Count} logged night(s).");
    }

    private async Task<ChartImage> WaterAsync(Guid userId, DateOnly today, GoalsView targets, CancellationToken cancellationToken)
    {
        var days = await tracking.DailyWaterAsync(userId, today.AddDays(-6), today, cancellationToken);
        var plot = Plot("Water, last 7 days", "ml");
        Days(plot, [.. days.Select(d => d.Date)]);
        AddBars(plot, [.. days.Select(d => (double)d.Total)], Protein);
        GoalLine(plot, targets.WaterMl, "goal");
        var logged = days.Where(d => d.Total > 0).ToList();
        return Image(ChartKind.Water, plot, logged.Count == 0 ? "No water logged in the last 7 days yet: tell me \"drank 500 ml\"."
            : $"Water: {Round((decimal)logged.Average(d => d.Total))} ml a day on the {logged.Count} day(s) you logged" +
              (targets.WaterMl is { } goal ? $", goal {goal.ToString("N0", CultureInfo.InvariantCulture)} ml." : "."));
    }

    private static Plot Plot(string title, string unit)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Grid.MajorLineColor = Color.FromHex("#e9ecef");
        return plot;
    }

    private static void Days(Plot plot, IReadOnlyList<DateOnly> days)
    {
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, days.Count).Select(i => (double)i)], [.. days.Select(d => d.ToString("ddd d", CultureInfo.InvariantCulture))]);
        plot.Axes.Margins(bottom: 0);
    }

    private static void AddBars(Plot plot, IReadOnlyList<double> values, Color color)
    {
        var bars = plot.Add.Bars(values.ToArray());
        bars.Color = color;
    }

    private static void GoalLine(Plot plot, double? value, string label)
    {
        if (value is not { } v)
        {
            return;
        }
        var line = plot.Add.HorizontalLine(v, 2, Goal, LinePattern.Dashed);
        line.LabelText = label;
    }

    private static ChartImage Image(ChartKind kind, Plot plot, string caption) =>
        new(kind, caption, plot.GetImageBytes(ChartImage.Width, ChartImage.Height, ImageFormat.Png));

    private static string Round(decimal value) => Math.Round(value, 0).ToString("N0", CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Change(decimal kg, MeasurementSystem units) => (kg > 0 ? "+" : kg < 0 ? "-" : "") + Units.ShowWeight(Math.Abs(kg), units);

}
