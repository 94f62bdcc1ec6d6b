using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Offline;

/// <summary>The English regular expressions, compiled at build time.</summary>
public sealed partial class EnglishIntents
{
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
