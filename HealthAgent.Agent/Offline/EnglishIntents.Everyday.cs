using HealthAgent.Agent.Plugins;
using System.Text.RegularExpressions;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// English rules for how people talk on a normal day: a run with its distance and time, a night described before its
/// hours ("slept badly, maybe 5 hours"), a mood in words or inside a sentence ("feeling stressed today, mood 4/10"),
/// "how am I doing this week?", and facts stated about themselves ("I'm allergic to peanuts") kept as memories.
/// </summary>
public sealed partial class EnglishIntents
{
    private const string Amount = @"\d+(?:[.,]\d+)?|an|a|half an|one|two";

    private static Understanding? Everyday(string t)
    {
        if (MealIdeaPattern().Match(t) is { Success: true } idea)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodSuggestMeal, ("meal", IdeaMeal(idea.Groups["meal"].Value))));
        }
        if (DistanceExercisePattern().Match(t) is { Success: true } run)
        {
            var amount = ParseNumberOrWord(run.Groups["n"].Value);
            var minutes = run.Groups["unit"].Value.StartsWith('h') ? amount * 60 : amount;
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogExercise, ("type", ExerciseType(run.Groups["act"].Value)), ("minutes", Whole(minutes))));
        }
        if (DescribedSleepPattern().Match(t) is { Success: true } night)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogSleep, ("hours", ParseNumber(night.Groups["h"].Value)),
                ("quality", SleepQuality(night.Groups["how"].Value))));
        }
        // A mood inside words about feelings; with other figures around it ("weight 80, mood 6") the sentence holds several intents.
        if (MoodInSentencePattern().Match(t) is { Success: true } scored && FeelingWords().IsMatch(t) && !t.Remove(scored.Index, scored.Length).Any(char.IsDigit))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogMood, ("score", Whole(ParseNumber(scored.Groups["n"].Value)))));
        }
        if (MoodWordPattern().Match(t) is { Success: true } felt)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogMood, ("score", MoodScore(felt.Groups["word"].Value))));
        }
        if (WeekProgressPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodWeekSummary));
        }
        if (TrackNewPattern().Match(t) is { Success: true } track && !BuiltInTracker().IsMatch(track.Groups["name"].Value))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingDefineCustom, ("name", track.Groups["name"].Value.Trim())));
        }
        if (CustomEntryPattern().Match(t) is { Success: true } entry && !BuiltInTracker().IsMatch(entry.Groups["name"].Value))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogCustom, ("tracker", entry.Groups["name"].Value.Trim()),
                ("value", ParseNumber(entry.Groups["n"].Value))));
        }
        if (ResizePattern().Match(t) is { Success: true } resized && !NotAFood().IsMatch(resized.Groups["food"].Value))
        {
            var size = resized.Groups["size"].Value switch { "" => null, "big" or "huge" => "large", "little" or "tiny" => "small", var s => s };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodResizeItem, ("food", resized.Groups["food"].Value.Trim()), ("size", size),
                ("grams", resized.Groups["g"].Success ? ParseNumber(resized.Groups["g"].Value) : null)));
        }
        if (DeleteFoodPattern().Match(t) is { Success: true } named && !NotAFood().IsMatch(named.Groups["food"].Value))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDeleteEntry, ("food", named.Groups["food"].Value.Trim())));
        }
        return StatedFactPattern().IsMatch(t)
            ? Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRemember, ("content", t), ("category", Category(t))))
            : null;
    }

    private static string? IdeaMeal(string meal) => meal switch
    {
        "" or "meal" or "something" => null,
        "supper" => "dinner",
        var m when m.EndsWith("snack", StringComparison.Ordinal) => "snack",
        var m => m,
    };

    private static int SleepQuality(string how) => how switch
    {
        _ when how.Contains("terribl") || how.Contains("awful") || how.Contains("horribl") => 2,
        _ when how.Contains("bad") || how.Contains("poor") || how.Contains("rough") || how.Contains("restless") => 3,
        _ when how.Contains("really well") || how.Contains("very well") || how.Contains("great") || how.Contains("amazing") => 8,
        _ when how.Contains("well") || how.Contains("good") => 7,
        _ => 6,
    };

    private static int MoodScore(string word) => word switch
    {
        "amazing" or "awesome" or "great" or "happy" or "fantastic" or "excellent" => 8,
        "good" => 7,
        "fine" or "ok" or "okay" or "alright" => 6,
        "meh" or "tired" or "so-so" => 5,
        "stressed" or "anxious" or "sad" or "down" or "low" or "worried" => 4,
        "bad" or "exhausted" => 3,
        _ => 2,
    };

    // "I just ran 5k in 28 minutes", "cycled 20 km in an hour"
    [GeneratedRegex(@"^(?:i )?(?:just )?(?<act>ran|run|jogged|walked|cycled|biked|swam|hiked|rowed)(?: a)? \d+(?:[.,]\d+)? ?(?:k|km|kms|kilometers?|kilometres?|mi|miles?|m|meters?|metres?|laps?) in (?<n>" + Amount + @") ?(?<unit>min|mins|minutes?|h|hr|hrs|hours?)$")]
    private static partial Regex DistanceExercisePattern();

    // "slept badly, maybe 5 hours", "terrible sleep, 4 hours", "a rough night, only 5h"
    [GeneratedRegex(@"^(?:i )?(?<how>slept (?:really |very |quite |pretty |so )?(?:badly|poorly|terribly|horribly|well|great|ok|okay|fine|amazingly)|(?:really |very )?(?:terrible|awful|horrible|bad|poor|rough|restless|good|great|decent|ok|okay) (?:sleep|night)|a (?:terrible|awful|bad|poor|rough|restless|good|great) night)(?:,| -)? ?(?:maybe |about |around |only |just |like |roughly )?(?<h>\d+(?:[.,]\d+)?) ?(?:h|hrs?|hours?)(?: of sleep)?$")]
    private static partial Regex DescribedSleepPattern();

    // "feeling stressed today, mood 4/10", "mood 4/10, tired"
    [GeneratedRegex(@"(?:^|[,;.] ?)(?:my )?mood(?: is| was)?:? (?<n>\d{1,2})(?: ?/ ?10| out of 10)?(?:[,;.]|$)")]
    private static partial Regex MoodInSentencePattern();

    [GeneratedRegex(@"\b(?:mood|feel|feeling|felt|stressed|tired|happy|sad|anxious)\b")]
    private static partial Regex FeelingWords();

    // "feeling great today", "I feel awful", "I'm so stressed"
    [GeneratedRegex(@"^(?:i'?m |im |i am |i feel |i'm feeling |im feeling |feeling |i felt |felt )(?:(?:really|very|so|quite|a bit|pretty|super|kind of|kinda) )?(?<word>amazing|awesome|great|happy|fantastic|excellent|good|fine|ok|okay|alright|meh|so-so|tired|stressed|anxious|sad|down|low|worried|bad|exhausted|awful|terrible|miserable|horrible)(?: today| now| right now| this morning| tonight)?$")]
    private static partial Regex MoodWordPattern();

    [GeneratedRegex(@"^how (?:am i|are we) doing(?: so far)? this week$|^how (?:am i|are we) doing (?:for|over) the week$")]
    private static partial Regex WeekProgressPattern();

    // "track my headaches", "I want to track my coffee"
    [GeneratedRegex(@"^(?:please )?(?:track|start tracking|i want to track|i'd like to track|help me track|can you track) (?:my |how many |how much )?(?<name>[a-z][a-z \-]{1,30})$")]
    private static partial Regex TrackNewPattern();

    // "headache 3/5", "log coffee 2"
    [GeneratedRegex(@"^(?:(?:log|logged|add|record) (?:my )?(?<name>[a-z][a-z \-]{1,30}?):? (?<n>\d+(?:[.,]\d+)?)(?: ?/ ?\d+)?|(?<name>[a-z][a-z \-]{1,30}?):? (?<n>\d+(?:[.,]\d+)?) ?/ ?\d+)$")]
    private static partial Regex CustomEntryPattern();

    // What already has its own tracking (and so never becomes a custom tracker).
    [GeneratedRegex(@"^(?:weight|sleep|water|mood|food|calories|kcal|protein|carbs|fat|exercise|workouts?|meals?|feelings?|goals?|streak|xp)$")]
    private static partial Regex BuiltInTracker();

    // "can you suggest a healthy dinner?", "what should I eat for lunch", "breakfast ideas"
    [GeneratedRegex(@"^(?:(?:can|could) you |please )?(?:suggest|recommend|give me|any|got any)(?: me)? (?:a |an |some )?(?:(?:healthy|healthier|good|light|quick|easy|balanced|high protein|nice) )*(?<meal>breakfast|lunch|dinner|supper|snack|meal|something)(?: ideas?| options?)?(?: for (?:me|tonight|today|now|later))?\??$" +
        @"|^what (?:should|can|could|shall) i (?:eat|have|cook|make)(?: for (?<meal>breakfast|lunch|dinner|supper|a snack|snack))?(?: tonight| today| now| later)?\??$" +
        @"|^(?:(?:healthy|quick|easy|light) )?(?<meal>breakfast|lunch|dinner|snack) (?:ideas|suggestions)\??$")]
    private static partial Regex MealIdeaPattern();

    // "the salad was a large one", "actually the rice was 300 g"
    [GeneratedRegex(@"^(?:actually,? )?(?:the |my |that )(?<food>[a-z][a-z \-']{1,40}?) (?:was|is) (?:actually |really |more like )?(?:a |an )?(?:(?<size>small|medium|large|big|huge|little|tiny)(?: one| portion| serving| size| bowl| plate)?|(?<g>\d+(?:[.,]\d+)?) ?(?:g|grams?))(?: actually)?$")]
    private static partial Regex ResizePattern();

    // "delete the pizza", "remove the salad from lunch"
    [GeneratedRegex(@"^(?:please )?(?:delete|remove|undo|scratch|take off) (?:the |my |that |this )?(?<food>[a-z][a-z \-']{1,40}?)(?: entry| i (?:had|ate|logged))?(?: from (?:today|my log|the log|breakfast|lunch|dinner|my (?:breakfast|lunch|dinner)))?$")]
    private static partial Regex DeleteFoodPattern();

    // What "delete the …" names that is not a food: the latest entry has its own rule, and reminders, tools and memories theirs.
    [GeneratedRegex(@"^(?:last|latest|previous|entry|meal|it|that|everything|all|data|account|me|reminders?|tools?|memor(?:y|ies)|last (?:entry|meal|one))$|\b(?:all|every|everything|users?|everyone|database|tables?|reminders?|tools?|memor(?:y|ies)|account|data)\b")]
    private static partial Regex NotAFood();

    // Facts about themselves worth keeping: diets, allergies, intolerances, foods they never eat.
    [GeneratedRegex(@"^(?:i'?m|im|i am) (?:(?:a|an) )?(?:vegetarian|vegan|pescatarian|coeliac|celiac|diabetic|allergic to .{2,80}|(?:lactose|gluten|fructose) intolerant|intolerant to .{2,80}|on a .{2,40} diet|keto|halal|kosher)$|^i (?:don't|do not|never|can't|cannot) eat .{2,80}$|^i have (?:an? )?(?:allergy|intolerance) to .{2,80}$")]
    private static partial Regex StatedFactPattern();
}
