using HealthAgent.Agent.Plugins;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// English patterns for the offline brain. Rules are tried from the most specific (memory, time zone, goals, tracking,
/// questions) to the most general (food), so "I'm in Berlin" never becomes a meal and "remember I had eggs" is a memory.
/// </summary>
public sealed partial class EnglishIntents(FoodRecognizer food) : IIntentPatterns
{
    private const string Number = @"\d+(?:[.,]\d+)?";

    /// <inheritdoc />
    public string Language => "en";

    /// <inheritdoc />
    public string Name => "English";

    /// <inheritdoc />
    public string Help => """
        I'm your health coach. Tell me in plain words:
        • food: "2 eggs and toast for breakfast", "had 150 g of salmon"
        • tracking: "weight 81.4", "slept 7h30", "drank 500 ml water", "ran 5k in 28 minutes", "mood 7", "/sleep" for a check-in
        • changes: "delete the pizza", "undo", "that was lunch"
        • charts: "show my weight chart", "/week"
        • questions: "how many calories today?", "protein this week", "what's my streak"
        • goals: "set my calorie goal to 2000"
        • time zone: "I'm in Berlin"
        • memory: "remember that I'm vegetarian", "what do you know about me", "forget that I'm vegetarian"
        • your own tools: "/newtool bmi = weight_kg / Pow(height_cm / 100, 2)", then "/tool bmi"
        Commands: /today /week /goals /sleep /streak /achievements /settings /timezone /tools /help
        """;

    /// <inheritdoc />
    public string NotUnderstood => """
        Sorry, I didn't get that. Try for example:
        • "2 eggs and toast for breakfast"
        • "weight 81.4" or "slept 7h30"
        • "how many calories today?"
        • "remember that I'm vegetarian"
        Send "help" for everything I understand.
        """;

    /// <inheritdoc />
    public Understanding Understand(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return Understanding.Say(NotUnderstood);
        }
        var whole = Single(t);
        if (!whole.IsEmpty)
        {
            return whole;
        }
        // "weight 81.4 and slept 7h" is two intents; food lists ("eggs and toast") were already taken whole above.
        var parts = CombinedSeparator().Split(t).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1)
        {
            var each = parts.Select(Single).ToList();
            if (each.All(u => u.Calls.Count > 0))
            {
                return new Understanding(each.SelectMany(u => u.Calls).ToList());
            }
        }
        return Understanding.Say(NotUnderstood);
    }

    private Understanding Single(string t) =>
        Conversation(t) ?? Memory(t) ?? TimeZone(t) ?? Goals(t) ?? Tracking(t) ?? Everyday(t) ?? Questions(t) ?? Edits(t) ?? Food(t) ?? Understanding.None;

    private Understanding? Conversation(string t)
    {
        if (HelpPattern().IsMatch(t))
        {
            return Understanding.Say(Help);
        }
        if (GreetingPattern().IsMatch(t))
        {
            return Understanding.Say("Hi! Tell me what you ate or ask me how your day looks. Send \"help\" for examples.");
        }
        return ThanksPattern().IsMatch(t) ? Understanding.Say("You're welcome!") : null;
    }

    private static Understanding? Goals(string t)
    {
        if (ShowGoalsPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.GoalsGet));
        }
        var match = SetGoalPattern().Match(t);
        if (!match.Success)
        {
            match = SetGoalToPattern().Match(t);
        }
        if (!match.Success)
        {
            match = SetWeightGoalPattern().Match(t);
        }
        if (!match.Success)
        {
            return null;
        }
        var value = ParseNumber(match.Groups["n"].Value);
        var unit = match.Groups["unit"].Value;
        var what = match.Groups["what"].Success && match.Groups["what"].Value.Length > 0 ? match.Groups["what"].Value : unit;
        return what switch
        {
            _ when what.StartsWith("cal") || what.StartsWith("kcal") || what.StartsWith("energy") => Goal("dailyKcal", Whole(value)),
            _ when what.StartsWith("protein") => Goal("proteinG", Whole(value)),
            _ when what.StartsWith("carb") => Goal("carbsG", Whole(value)),
            _ when what.StartsWith("fat") => Goal("fatG", Whole(value)),
            _ when what.StartsWith("water") => Goal("waterMl", Whole(unit is "l" or "litre" or "litres" or "liter" or "liters" ? value * 1000 : value)),
            _ when what.Contains("weigh") => Understanding.Call(PlannedCall.Of(AgentFunctions.GoalsSet, ("targetWeight", value),
                ("weightUnit", unit.StartsWith("lb") || unit.StartsWith("pound") ? "lb" : unit.StartsWith("k") ? "kg" : null))),
            _ => null,
        };
    }

    private static Understanding Goal(string name, object value) => Understanding.Call(PlannedCall.Of(AgentFunctions.GoalsSet, (name, value)));

    private static Understanding? Tracking(string t)
    {
        if (WeightPattern().Match(t) is { Success: true } weight)
        {
            var unit = weight.Groups["unit"].Value;
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogWeight, ("weight", ParseNumber(weight.Groups["n"].Value)),
                ("unit", unit.StartsWith("lb") || unit.StartsWith("pound") ? "lb" : unit.Length > 0 ? "kg" : null)));
        }
        if (SleepPattern().Match(t) is { Success: true } sleep)
        {
            var hours = ParseNumber(sleep.Groups["h"].Value) + (sleep.Groups["m"].Success ? ParseNumber(sleep.Groups["m"].Value) / 60m : 0);
            int? quality = sleep.Groups["q"].Success ? int.Parse(sleep.Groups["q"].Value, CultureInfo.InvariantCulture) : null;
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogSleep, ("hours", Math.Round(hours, 2)), ("quality", quality)));
        }
        if (WaterPattern().Match(t) is { Success: true } water)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogWater, ("amountMl", Whole(WaterMl(water.Groups["n"].Value, water.Groups["unit"].Value)))));
        }
        var exercise = ExerciseFirstPattern().Match(t);
        if (!exercise.Success)
        {
            exercise = ExerciseLastPattern().Match(t);
        }
        if (exercise.Success)
        {
            var amount = ParseNumber(exercise.Groups["n"].Value);
            var minutes = exercise.Groups["unit"].Value.StartsWith('h') ? amount * 60 : amount;
            var intensity = exercise.Groups["int"].Value switch
            {
                "hard" or "intense" or "intensive" or "fast" or "vigorous" => "high",
                "easy" or "light" or "gentle" or "slow" => "low",
                _ => null,
            };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogExercise, ("type", ExerciseType(exercise.Groups["act"].Value)), ("minutes", Whole(minutes)), ("intensity", intensity)));
        }
        if (MoodPattern().Match(t) is { Success: true } mood)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogMood, ("score", Whole(ParseNumber(mood.Groups["n"].Value)))));
        }
        return null;
    }

    private static Understanding? Questions(string t)
    {
        if (StreakPattern().Match(t) is { Success: true } streak)
        {
            var focus = streak.Groups["what"].Value switch
            {
                var w when w.StartsWith("streak") => "streak",
                var w when w.StartsWith("achievement") || w.StartsWith("badge") || w.StartsWith("trophies") => "achievements",
                var w when w.StartsWith("level") || w.StartsWith("xp") || w.StartsWith("point") => "level",
                _ => null,
            };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileProgress), focus);
        }
        if (TrendsPattern().Match(t) is { Success: true } trend)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingTrends), trend.Groups["what"].Success ? trend.Groups["what"].Value : null);
        }
        if (ProfilePattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileGet));
        }
        if (WeekPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodWeekSummary));
        }
        if (NutrientQuestionPattern().Match(t) is { Success: true } question)
        {
            var nutrient = Nutrient(question.Groups["what"].Value);
            var when = question.Groups["when"].Value;
            return when.Contains("week")
                ? Understanding.Call(PlannedCall.Of(AgentFunctions.FoodWeekSummary), nutrient)
                : Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDaySummary, ("date", when == "yesterday" ? "yesterday" : null)), nutrient);
        }
        if (DayPattern().Match(t) is { Success: true } day)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDaySummary, ("date", day.Groups["when"].Value == "yesterday" ? "yesterday" : null)));
        }
        return null;
    }

    private static Understanding? Edits(string t)
    {
        if (DeleteLastPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDeleteEntry, ("last", true)));
        }
        return ChangeMealPattern().Match(t) is { Success: true } change
            ? Understanding.Call(PlannedCall.Of(AgentFunctions.FoodEditEntry, ("last", true), ("meal", change.Groups["meal"].Value)))
            : null;
    }

    private Understanding? Food(string t)
    {
        var meal = (string?)null;
        var rest = t;
        if (MealPrefixPattern().Match(rest) is { Success: true } prefix)
        {
            meal = prefix.Groups["meal"].Value;
            rest = rest[prefix.Length..];
        }
        if (MealSuffixPattern().Match(rest) is { Success: true } suffix)
        {
            meal ??= suffix.Groups["meal"].Value;
            rest = rest.Remove(suffix.Index, suffix.Length);
        }
        string? time = null;
        if (TimeSuffixPattern().Match(rest) is { Success: true } at)
        {
            time = Clock(at);
            rest = rest.Remove(at.Index, at.Length);
        }
        var lead = FoodLeadPattern().Match(rest);
        if (lead.Success)
        {
            rest = rest[lead.Length..];
        }
        if (MealSuffixPattern().Match(rest) is { Success: true } late)
        {
            meal ??= late.Groups["meal"].Value;
            rest = rest.Remove(late.Index, late.Length);
        }
        rest = rest.Trim().Trim(',', '.', ':', '-').Trim();
        meal = meal switch { "brekkie" => "breakfast", "supper" => "dinner", "snacks" => "snack", _ => meal };
        if (rest.Length == 0 || rest.Length > 1000)
        {
            return null;
        }
        // Without "I had"/"for lunch" a message is a meal only when it names a food the table knows.
        var explicitMeal = lead.Success || meal is not null;
        // "I had a bad day" has a lead verb but no food: words that are never food stop it unless a known food is named.
        if (explicitMeal ? NonFoodWords().IsMatch(rest) && !food.ContainsFood(rest)
            : !StartsWithQuantity().IsMatch(rest) || NonFoodWords().IsMatch(rest) || !food.ContainsFood(rest))
        {
            return null;
        }
        return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodLog, ("text", rest), ("meal", meal), ("time", time)));
    }
}
