using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Time;

namespace HealthAgent.Core.Agent.Offline;

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
    public string Help => """
        I'm your health coach. Tell me in plain words:
        • food: "2 eggs and toast for breakfast", "had 150 g of salmon"
        • tracking: "weight 81.4", "slept 7h30", "drank 500 ml water", "ran 30 min", "mood 7"
        • questions: "how many calories today?", "protein this week", "what's my streak"
        • goals: "set my calorie goal to 2000"
        • time zone: "I'm in Berlin"
        • memory: "remember that I'm vegetarian", "what do you know about me", "forget that I'm vegetarian"
        Commands: /today /week /goals /streak /achievements /settings /timezone /help
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
        Conversation(t) ?? Memory(t) ?? TimeZone(t) ?? Goals(t) ?? Tracking(t) ?? Questions(t) ?? Edits(t) ?? Food(t) ?? Understanding.None;

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

    private static Understanding? Memory(string t)
    {
        if (RecallAllPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of("recall_facts"));
        }
        if (RecallAboutPattern().Match(t) is { Success: true } about)
        {
            return Understanding.Call(PlannedCall.Of("recall_facts", ("query", about.Groups["q"].Value)));
        }
        if (ForgetPattern().Match(t) is { Success: true } forget)
        {
            return Understanding.Call(PlannedCall.Of("forget_fact", ("query", forget.Groups["q"].Value)));
        }
        if (RememberPattern().Match(t) is { Success: true } remember)
        {
            var content = remember.Groups["q"].Value;
            return Understanding.Call(PlannedCall.Of("remember_fact", ("content", content), ("category", Category(content))));
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
            return Understanding.Call(PlannedCall.Of("get_profile"), "timezone");
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
        return known ? Understanding.Call(PlannedCall.Of("set_time_zone", ("time_zone", place))) : null;
    }

    private static Understanding? Goals(string t)
    {
        if (ShowGoalsPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of("get_goals"));
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
            _ when what.StartsWith("cal") || what.StartsWith("kcal") || what.StartsWith("energy") => Goal("daily_kcal", Whole(value)),
            _ when what.StartsWith("protein") => Goal("protein_g", Whole(value)),
            _ when what.StartsWith("carb") => Goal("carbs_g", Whole(value)),
            _ when what.StartsWith("fat") => Goal("fat_g", Whole(value)),
            _ when what.StartsWith("water") => Goal("water_ml", Whole(unit is "l" or "litre" or "litres" or "liter" or "liters" ? value * 1000 : value)),
            _ when what.Contains("weigh") => Goal("target_weight_kg", unit.StartsWith("lb") || unit.StartsWith("pound") ? Math.Round(value * 0.45359237m, 1) : value),
            _ => null,
        };
    }

    private static Understanding Goal(string name, object value) => Understanding.Call(PlannedCall.Of("set_goals", (name, value)));

    private static Understanding? Tracking(string t)
    {
        if (WeightPattern().Match(t) is { Success: true } weight)
        {
            var unit = weight.Groups["unit"].Value;
            return Understanding.Call(PlannedCall.Of("log_weight", ("weight", ParseNumber(weight.Groups["n"].Value)),
                ("unit", unit.StartsWith("lb") || unit.StartsWith("pound") ? "lb" : null)));
        }
        if (SleepPattern().Match(t) is { Success: true } sleep)
        {
            var hours = ParseNumber(sleep.Groups["h"].Value) + (sleep.Groups["m"].Success ? ParseNumber(sleep.Groups["m"].Value) / 60m : 0);
            int? quality = sleep.Groups["q"].Success ? int.Parse(sleep.Groups["q"].Value, CultureInfo.InvariantCulture) : null;
            return Understanding.Call(PlannedCall.Of("log_sleep", ("hours", Math.Round(hours, 2)), ("quality", quality)));
        }
        if (WaterPattern().Match(t) is { Success: true } water)
        {
            return Understanding.Call(PlannedCall.Of("log_water", ("amount_ml", Whole(WaterMl(water.Groups["n"].Value, water.Groups["unit"].Value)))));
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
            return Understanding.Call(PlannedCall.Of("log_exercise", ("type", ExerciseType(exercise.Groups["act"].Value)), ("minutes", Whole(minutes)), ("intensity", intensity)));
        }
        if (MoodPattern().Match(t) is { Success: true } mood)
        {
            return Understanding.Call(PlannedCall.Of("log_mood", ("score", Whole(ParseNumber(mood.Groups["n"].Value)))));
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
            return Understanding.Call(PlannedCall.Of("get_progress"), focus);
        }
        if (TrendsPattern().Match(t) is { Success: true } trend)
        {
            return Understanding.Call(PlannedCall.Of("get_trends"), trend.Groups["what"].Success ? trend.Groups["what"].Value : null);
        }
        if (ProfilePattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of("get_profile"));
        }
        if (WeekPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of("get_week_summary"));
        }
        if (NutrientQuestionPattern().Match(t) is { Success: true } question)
        {
            var nutrient = Nutrient(question.Groups["what"].Value);
            var when = question.Groups["when"].Value;
            return when.Contains("week")
                ? Understanding.Call(PlannedCall.Of("get_week_summary"), nutrient)
                : Understanding.Call(PlannedCall.Of("get_day_summary", ("date", when == "yesterday" ? "yesterday" : null)), nutrient);
        }
        if (DayPattern().Match(t) is { Success: true } day)
        {
            return Understanding.Call(PlannedCall.Of("get_day_summary", ("date", day.Groups["when"].Value == "yesterday" ? "yesterday" : null)));
        }
        return null;
    }

    private static Understanding? Edits(string t)
    {
        if (DeleteLastPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of("delete_food_entry", ("last", true)));
        }
        return ChangeMealPattern().Match(t) is { Success: true } change
            ? Understanding.Call(PlannedCall.Of("edit_food_entry", ("last", true), ("meal", change.Groups["meal"].Value)))
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
        return Understanding.Call(PlannedCall.Of("log_food", ("text", rest), ("meal", meal), ("time", time)));
    }

    private static string Clock(Match at)
    {
        var hour = int.Parse(at.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = at.Groups["m"].Success ? int.Parse(at.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = at.Groups["ampm"].Value;
        if (ampm == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (ampm == "am" && hour == 12)
        {
            hour = 0;
        }
        return $"{Math.Clamp(hour, 0, 23):00}:{Math.Clamp(minute, 0, 59):00}";
    }

    private static string? Nutrient(string word) => word switch
    {
        "protein" => "protein",
        "carbs" or "carb" or "carbohydrates" => "carbs",
        "fat" or "fats" => "fat",
        "fiber" or "fibre" => "fiber",
        "sugar" or "sugars" => "sugar",
        _ => "calories",
    };

    private static string ExerciseType(string verb) => verb switch
    {
        "ran" or "run" or "running" or "jog" or "jogged" or "jogging" => "running",
        "walked" or "walk" or "walking" => "walking",
        "cycled" or "biked" or "cycling" or "biking" or "bike ride" or "cycle" => "cycling",
        "swam" or "swim" or "swimming" => "swimming",
        "hiked" or "hike" or "hiking" => "hiking",
        "rowed" or "rowing" => "rowing",
        "danced" or "dancing" => "dancing",
        "did yoga" or "yoga" => "yoga",
        "did pilates" or "pilates" => "pilates",
        "lifted" or "lifted weights" or "weights" or "did weights" or "weight training" or "strength training" or "lifting" => "strength training",
        "played tennis" or "tennis" => "tennis",
        "played football" or "football" or "played soccer" or "soccer" => "football",
        "played basketball" or "basketball" => "basketball",
        _ => "workout",
    };

    private static decimal WaterMl(string number, string unit)
    {
        var n = number.Length == 0 ? 1 : ParseNumberOrWord(number);
        return unit switch
        {
            "l" or "litre" or "litres" or "liter" or "liters" => n * 1000,
            "cl" => n * 10,
            "oz" or "ounces" => Math.Round(n * 29.5735m),
            "glass" or "glasses" => n * 250,
            "cup" or "cups" => n * 240,
            "bottle" or "bottles" => n * 500,
            _ => n,
        };
    }

    private static decimal ParseNumberOrWord(string text) => text switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "half a" => 0.5m,
        _ => ParseNumber(text),
    };

    private static decimal ParseNumber(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Whole(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Normalize(string text)
    {
        var t = text.Replace('’', '\'').Replace('‘', '\'').Trim().ToLowerInvariant();
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.TrimEnd('?', '!', '.', ' ').TrimStart('/');
    }

    [GeneratedRegex(@"^(?:help|help me|start|what can you do|what do you do|how does (?:this|it) work|how do i use (?:this|you)|commands|menu|\?|what can i say|what can i ask)$")]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^(?:hi|hello|hey|hey there|hiya|yo|good (?:morning|afternoon|evening)|howdy)(?: there)?$")]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"^(?:thanks|thank you|thx|cheers|ty|great,? thanks|ok,? thanks|thanks a lot)$")]
    private static partial Regex ThanksPattern();

    [GeneratedRegex(@"^(?:what do you know about me|what do you remember(?: about me)?|what have i told you(?: about me)?|(?:show|list)(?: me)? (?:my |your )?memor(?:y|ies)|my memories|what do you know|tell me what you know about me|what did i ask you to remember)$")]
    private static partial Regex RecallAllPattern();

    [GeneratedRegex(@"^(?:do you remember|what do you remember about|what did i tell you about|what do you know about my)\s+(?<q>.+)$")]
    private static partial Regex RecallAboutPattern();

    [GeneratedRegex(@"^(?:please )?(?:forget|don't remember|stop remembering|remove the memory)(?: that| about)?\s+(?<q>.+)$")]
    private static partial Regex ForgetPattern();

    [GeneratedRegex(@"^(?:please )?(?:remember|note|keep in mind|don't forget|make a note)(?: that)?:?\s+(?<q>.{2,500})$")]
    private static partial Regex RememberPattern();

    [GeneratedRegex(@"\b(?:vegetarian|vegan|pescatarian|allerg\w*|gluten|lactose|dairy|nuts?|halal|kosher|keto|paleo|don't eat|do not eat|hate|dislike|love|intoleran\w*|diet)\b")]
    private static partial Regex DietWords();

    [GeneratedRegex(@"\b(?:prefer|short|brief|concise|detailed|tone|call me|metric|imperial|emoji)\b")]
    private static partial Regex PreferenceWords();

    [GeneratedRegex(@"\b(?:diabet\w*|pregnan\w*|blood pressure|injur\w*|asthma|medication|condition|knee|back pain)\b")]
    private static partial Regex HealthWords();

    [GeneratedRegex(@"\b(?:every|usually|always|morning|evening|work (?:out|night)|shift|wake up|train on)\b")]
    private static partial Regex RoutineWords();

    [GeneratedRegex(@"\b(?:want to|goal|lose|gain|marathon|target)\b")]
    private static partial Regex GoalWords();

    [GeneratedRegex(@"^(?:what(?:'s| is) my time ?zone|what time ?zone am i in|which time ?zone am i in|my time ?zone|time ?zone|timezone)$")]
    private static partial Regex AskTimeZonePattern();

    [GeneratedRegex(@"^(?:(?:i'm|i am|im) (?:now |currently )?(?:in|based in|living in|located in|staying in)|i live in|i moved to|i'm moving to|i'm travelling to|i'm traveling to|(?:set |change )?(?:my )?time ?zone(?: to| is|:)?|(?:my )?tz(?: is|:)?|move me to)\s+(?<place>\p{L}[\p{L}_ /\-.']{1,60}?)(?: now| for now| time)?$")]
    private static partial Regex SetTimeZonePattern();

    [GeneratedRegex(@"^(?:what are|show|show me|list|what's|what is|see)? ?(?:my )?(?:current )?(?:goals|targets|daily goals|calorie goal|calorie target|daily targets)$")]
    private static partial Regex ShowGoalsPattern();

    [GeneratedRegex(@"^(?:please )?(?:set|change|update|make)? ?(?:my )?(?:daily )?(?<what>calories|calorie|kcal|energy|protein|carbs|carb|carbohydrates?|fat|water|target weight|goal weight|weight)(?: intake)? (?:goal|target)(?: to| is|:| =| at)? (?<n>" + Number + @") ?(?<unit>kcal|calories|cals|g|grams|ml|l|litres?|liters?|kg|kgs|kilos|lbs?|pounds)?(?: a day| per day| daily)?$")]
    private static partial Regex SetGoalPattern();

    [GeneratedRegex(@"^(?:please )?(?:set|change|update)? ?(?:my )?(?:daily )?(?:goal|target)(?: to| is|:)? (?<n>" + Number + @") ?(?<unit>kcal|calories|cals)(?: a day| per day| daily)?$|^i want to (?:eat|have) (?<n>\d+) ?(?<unit>kcal|calories|cals) (?:a|per) day$|^i want to (?<what>weigh) (?<n>" + Number + @") ?(?<unit>kg|kgs|kilos|lbs?|pounds)?$")]
    private static partial Regex SetGoalToPattern();

    [GeneratedRegex(@"^(?:please )?(?:set |change |update )?(?:my )?(?<what>target weight|goal weight)(?: to| is|:)? (?<n>" + Number + @") ?(?<unit>kg|kgs|kilos|lbs?|pounds)?$")]
    private static partial Regex SetWeightGoalPattern();

    [GeneratedRegex(@"^(?:log |record |my )?(?:weight|weigh-in|weighed in)(?: today| this morning)?(?: is| was| at| ?:| ?=)? ?(?<n>" + Number + @") ?(?<unit>kg|kgs|kilos|kilograms|lbs?|pounds)?(?: today| this morning)?$|^i (?:weigh|weighed)(?: in at)? (?<n>" + Number + @") ?(?<unit>kg|kgs|kilos|kilograms|lbs?|pounds)?(?: today| this morning| now)?$|^(?<n>\d{2,3}(?:[.,]\d+)?) ?(?<unit>kg|kgs|kilos|lbs)$")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"^(?:i )?(?:slept|sleep|log sleep|got|had)(?: for| about| around)? (?<h>" + Number + @") ?(?:h|hrs?|hours?)?(?: ?(?:and )?(?<m>\d{1,2}) ?(?:m|min|mins|minutes)?)?(?: of sleep| sleep)?(?: last night| tonight)?(?:,? quality (?<q>\d+)(?:/10)?)?$|^(?<h>" + Number + @") ?(?:h|hrs?|hours?)(?: ?(?<m>\d{1,2}) ?(?:m|min|mins)?)? (?:of )?sleep(?: last night)?$")]
    private static partial Regex SleepPattern();

    [GeneratedRegex(@"^(?:i )?(?:just )?(?:drank|drink|had|log|add|drinking)? ?(?<n>" + Number + @"|a|an|one|two|three|four|five|half a)? ?(?<unit>ml|l|litres?|liters?|cl|oz|ounces|glass(?:es)?|cups?|bottles?) (?:of )?water$|^water:? (?<n>" + Number + @") ?(?<unit>ml|l|litres?|liters?|cl|oz|glass(?:es)?|cups?|bottles?)?$")]
    private static partial Regex WaterPattern();

    [GeneratedRegex(@"^(?:i )?(?:just )?(?:went )?(?:(?<int>hard|easy|light|intense|gentle|slow|fast) )?(?<act>ran|run|running|jogged|jog|jogging|walked|walk|walking|cycled|biked|cycling|biking|swam|swim|swimming|hiked|hiking|rowed|rowing|danced|dancing|did yoga|yoga|did pilates|pilates|lifted weights|lifted|did weights|weights|weight training|strength training|played tennis|played football|played soccer|played basketball|worked out|workout|exercised|exercise|trained|gym)(?: for)? (?<n>" + Number + @") ?(?<unit>min|mins|minutes|m|h|hr|hrs|hours?)(?: (?<int>hard|easy|light|intense|gentle|slow|fast))?$")]
    private static partial Regex ExerciseFirstPattern();

    [GeneratedRegex(@"^(?:i did )?(?:a |an )?(?<n>" + Number + @")[ -]?(?<unit>min|mins|minutes?|m|h|hr|hrs|hours?) (?:of )?(?:(?<int>hard|easy|light|intense|gentle|slow|fast) )?(?<act>run|running|jog|jogging|walk|walking|cycling|bike ride|biking|swim|swimming|hike|hiking|rowing|dancing|yoga|pilates|weights|weight training|strength training|tennis|football|soccer|basketball|workout|exercise|gym)$")]
    private static partial Regex ExerciseLastPattern();

    [GeneratedRegex(@"^(?:my )?(?:mood|feeling|i feel|i'm feeling|im feeling|i am feeling|mood today|today's mood)(?: is| was| ?:| ?=)? ?(?<n>\d{1,2})(?: ?/ ?10| out of 10)?$")]
    private static partial Regex MoodPattern();

    [GeneratedRegex(@"^(?:what(?:'s| is| are)?|how (?:long|many|much) is|show(?: me)?|how many|check|see)? ?(?:my )?(?:current )?(?<what>streaks?|level|xp|points|achievements?|badges?|trophies|progress|stats)(?: do i have| have i (?:got|earned)| am i| so far)?$|^(?:what|which) (?<what>level) am i(?: on| at)?$")]
    private static partial Regex StreakPattern();

    [GeneratedRegex(@"^(?:show(?: me)? |what are |how are |how is |how's )?(?:my )?(?:(?<what>weight|sleep|water|exercise|mood) )?(?:trends?|trending|progress over time|going lately)$|^how (?:is|has) my (?<what>weight|sleep|mood|water|exercise) (?:been|trending|changed|going)(?: lately| recently)?$")]
    private static partial Regex TrendsPattern();

    [GeneratedRegex(@"^(?:show(?: me)? |what's |what is )?(?:my )?(?:profile|settings|account|details)$")]
    private static partial Regex ProfilePattern();

    [GeneratedRegex(@"^(?:show(?: me)? )?(?:my )?(?:this week|week|weekly summary|week summary|weekly report|weekly|summary (?:of|for) (?:the|this) week)$|^how(?: was| is|'s) my week(?: going)?$|^how(?:'s| is| was) (?:this|the) week(?: going)?$|^what did i eat this week$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^(?:how (?:much|many) |what(?:'s| is| was) my |show(?: me)? my |total )?(?<what>calories|calorie|kcal|cals|protein|carbs|carb|carbohydrates|fat|fats|fiber|fibre|sugar|sugars)(?: have i (?:had|eaten|consumed|got)| did i (?:eat|have|get)| am i at| intake| total| eaten| left| remaining| so far)?(?: (?<when>today|yesterday|this week|so far|for today|for the week))?(?: so far)?$")]
    private static partial Regex NutrientQuestionPattern();

    [GeneratedRegex(@"^(?:show(?: me)? )?(?:my )?(?:(?<when>today|yesterday)(?:'s)?(?: summary| totals| log)?|daily summary|summary|day summary|how am i doing(?: today)?|how(?:'s| is) my day(?: going)?|what did i eat (?<when>today|yesterday)|what have i eaten(?: (?<when>today))?|what did i have (?<when>today|yesterday))$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?:undo|delete (?:my |the )?last(?: food)?(?: entry| meal| log)?|remove (?:my |the )?last(?: food)?(?: entry| meal)|delete that|remove that|scratch that)$")]
    private static partial Regex DeleteLastPattern();

    [GeneratedRegex(@"^(?:change|move|make) (?:my |the )?last (?:entry|meal)(?: to| into)? (?<meal>breakfast|lunch|dinner|snack)$|^(?:that|it) was (?:my |a )?(?<meal>breakfast|lunch|dinner|snack)$")]
    private static partial Regex ChangeMealPattern();

    [GeneratedRegex(@"^(?:for )?(?<meal>breakfast|lunch|dinner|supper|brekkie|snack|snacks)(?: i had| i ate| was| today was)?[:,\-]?\s+")]
    private static partial Regex MealPrefixPattern();

    [GeneratedRegex(@"\s*(?:,\s*)?\b(?:for|as|at) (?:my |a |an )?(?<meal>breakfast|lunch|dinner|supper|brekkie|snack|snacks)\b(?: today| this morning| tonight)?")]
    private static partial Regex MealSuffixPattern();

    [GeneratedRegex(@"\s*\bat (?<h>\d{1,2})(?::(?<m>\d{2}))? ?(?<ampm>am|pm)?\b")]
    private static partial Regex TimeSuffixPattern();

    [GeneratedRegex(@"^(?:(?:today |this morning |tonight |yesterday )?(?:i |i've |i have |i just |just |i'm |im |i am )?(?:just )?(?:had|ate|eaten|have had|having|eating|snacked on|grabbed|log|add|logged)\s+)")]
    private static partial Regex FoodLeadPattern();

    [GeneratedRegex(@"^(?:\d|a |an |one |two |three |four |five |six |half |some |a few |a couple )")]
    private static partial Regex StartsWithQuantity();

    [GeneratedRegex(@"\b(?:day|week|time|idea|weather|joke|question|problem|users?|password|database|instructions|prompt)\b")]
    private static partial Regex NonFoodWords();

    [GeneratedRegex(@"\s*(?:;|\band also\b|\band\b(?= (?:i )?(?:slept|weigh|drank|ran|walked|mood|weight|sleep)))\s*|(?<=\d(?: ?(?:kg|h|ml|min|minutes|hours))?)\s*,\s*")]
    private static partial Regex CombinedSeparator();
}
