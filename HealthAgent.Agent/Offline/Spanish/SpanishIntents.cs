using System.Globalization;
using System.Text;
using HealthAgent.Agent.Plugins;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Offline.Spanish;

/// <summary>
/// Spanish patterns for the offline brain, for users whose language is <c>es</c>: meals ("un café con leche y dos
/// tostadas" becomes the English words the food table reads), weight, sleep, water, exercise, mood, goals, the day's and
/// the week's totals, memories, time zone, deleting an entry. Rules run from the most specific to food, as in English.
/// Messages are compared without accents, so "cafe" and "café" are the same word.
/// </summary>
public sealed partial class SpanishIntents(FoodRecognizer food) : IIntentPatterns
{
    /// <inheritdoc />
    public string Language => "es";

    /// <inheritdoc />
    public string Name => "Español";

    /// <inheritdoc />
    public string Help => """
        Soy tu coach de salud. Dímelo con tus palabras:
        • comida: "un café con leche y dos tostadas", "para la cena arroz con pollo"
        • seguimiento: "peso 81,4", "dormí 7 horas", "bebí 2 vasos de agua", "corrí 30 minutos", "ánimo 7"
        • cambios: "borra lo último", "borra la pizza"
        • preguntas: "¿cuántas calorías hoy?", "¿cómo voy esta semana?", "mi racha"
        • objetivos: "mi objetivo de calorías es 2000"
        • zona horaria: "vivo en Madrid"
        • memoria: "recuerda que soy vegetariano", "¿qué sabes de mí?"
        Comandos: /today /week /goals /sleep /streak /settings /help
        """;

    /// <inheritdoc />
    public string NotUnderstood => """
        Perdona, no lo he entendido. Prueba por ejemplo:
        • "un café con leche y dos tostadas"
        • "peso 81,4" o "dormí 7 horas"
        • "¿cuántas calorías hoy?"
        Escribe "ayuda" para ver todo lo que entiendo.
        """;

    /// <inheritdoc />
    public Understanding Understand(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return Understanding.Say(NotUnderstood);
        }
        return Conversation(t) ?? Memory(t) ?? TimeZone(t) ?? Goals(t) ?? Tracking(t) ?? Questions(t) ?? Edits(t) ?? Food(t) ?? Understanding.Say(NotUnderstood);
    }

    private Understanding? Conversation(string t) =>
        HelpPattern().IsMatch(t) ? Understanding.Say(Help)
        : GreetingPattern().IsMatch(t) ? Understanding.Say("¡Hola! Cuéntame qué has comido o pregúntame cómo va tu día. Escribe \"ayuda\" para ver ejemplos.")
        : ThanksPattern().IsMatch(t) ? Understanding.Say("¡De nada!")
        : null;

    private static Understanding? Memory(string t)
    {
        if (RecallPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRecall));
        }
        if (ForgetPattern().Match(t) is { Success: true } forget)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryForget, ("query", forget.Groups["q"].Value)));
        }
        var fact = RememberPattern().Match(t) is { Success: true } remember ? remember.Groups["q"].Value : StatedFactPattern().IsMatch(t) ? t : null;
        return fact is null ? null : Understanding.Call(PlannedCall.Of(AgentFunctions.MemoryRemember, ("content", fact), ("category", Category(fact))));
    }

    private static string Category(string fact) => fact switch
    {
        _ when fact.Contains("alergi") || fact.Contains("intoleran") || fact.Contains("diabet") || fact.Contains("celiac") => "health",
        _ when fact.Contains("vegetarian") || fact.Contains("vegan") || fact.Contains("dieta") || fact.Contains("no como") => "diet",
        _ when fact.Contains("me gusta") || fact.Contains("odio") || fact.Contains("prefiero") => "preference",
        _ => "other",
    };

    private static Understanding? TimeZone(string t)
    {
        if (SetTimeZonePattern().Match(t) is not { Success: true } match)
        {
            return null;
        }
        var place = match.Groups["place"].Value.Trim();
        var known = CityTimeZones.TryResolve(place, out _) || (place.Contains('/') && TimeZones.TryResolve(place, out _));
        return known ? Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileSetTimeZone, ("timeZone", place))) : null;
    }

    private static Understanding? Goals(string t)
    {
        if (ShowGoalsPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.GoalsGet));
        }
        return KcalGoalPattern().Match(t) is { Success: true } goal
            ? Understanding.Call(PlannedCall.Of(AgentFunctions.GoalsSet, ("dailyKcal", int.Parse(goal.Groups["n"].Value, CultureInfo.InvariantCulture))))
            : null;
    }

    private static Understanding? Tracking(string t)
    {
        if (WeightPattern().Match(t) is { Success: true } weight)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogWeight, ("weight", ParseNumber(weight.Groups["n"].Value)),
                ("unit", weight.Groups["unit"].Value switch { "" => null, var u when u.StartsWith('l') => "lb", _ => "kg" })));
        }
        if (SleepPattern().Match(t) is { Success: true } sleep)
        {
            var hours = ParseNumber(sleep.Groups["h"].Value) + (sleep.Groups["m"].Success ? ParseNumber(sleep.Groups["m"].Value) / 60m : 0);
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogSleep, ("hours", Math.Round(hours, 2)), ("quality", SleepQuality(sleep.Groups["how"].Value))));
        }
        if (WaterPattern().Match(t) is { Success: true } water)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogWater, ("amountMl", WaterMl(water.Groups["n"].Value, water.Groups["unit"].Value))));
        }
        if (ExercisePattern().Match(t) is { Success: true } exercise)
        {
            var amount = ParseNumber(exercise.Groups["n"].Value);
            var minutes = exercise.Groups["unit"].Value.StartsWith('h') ? amount * 60 : amount;
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogExercise, ("type", ExerciseType(exercise.Groups["act"].Value)), ("minutes", (int)Math.Round(minutes))));
        }
        if (MoodScorePattern().Match(t) is { Success: true } mood)
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogMood, ("score", int.Parse(mood.Groups["n"].Value, CultureInfo.InvariantCulture))));
        }
        return MoodWordPattern().Match(t) is { Success: true } felt
            ? Understanding.Call(PlannedCall.Of(AgentFunctions.TrackingLogMood, ("score", MoodScore(felt.Groups["word"].Value))))
            : null;
    }

    private static Understanding? Questions(string t)
    {
        if (MealIdeaPattern().Match(t) is { Success: true } idea)
        {
            var meal = idea.Groups["meal"].Value switch { "" => null, "ceno" => "dinner", var m => Meal(m) };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodSuggestMeal, ("meal", meal)));
        }
        if (WeekPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodWeekSummary));
        }
        if (DayPattern().Match(t) is { Success: true } day)
        {
            var focus = day.Groups["what"].Value switch { "proteina" or "proteinas" => "protein", "carbohidratos" => "carbs", "grasa" or "grasas" => "fat", _ => null };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDaySummary, ("date", day.Groups["when"].Value == "ayer" ? "yesterday" : null)), focus);
        }
        if (ProgressPattern().Match(t) is { Success: true } progress)
        {
            var focus = progress.Groups["what"].Value switch { "racha" => "streak", "logros" or "medallas" => "achievements", _ => "level" };
            return Understanding.Call(PlannedCall.Of(AgentFunctions.ProfileProgress), focus);
        }
        return null;
    }

    private static Understanding? Edits(string t)
    {
        if (DeleteLastPattern().IsMatch(t))
        {
            return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDeleteEntry, ("last", true)));
        }
        return DeleteFoodPattern().Match(t) is { Success: true } named && SpanishFoods.Translate(named.Groups["food"].Value) is { } english
            ? Understanding.Call(PlannedCall.Of(AgentFunctions.FoodDeleteEntry, ("food", english)))
            : null;
    }

    private Understanding? Food(string t)
    {
        var rest = t;
        string? meal = null;
        if (LeadVerbPattern().Match(rest) is { Success: true } lead)
        {
            meal = MealOfVerb(lead.Groups["verb"].Value);
            rest = rest[lead.Length..];
        }
        if (MealPrefixPattern().Match(rest) is { Success: true } prefix)
        {
            meal ??= Meal(prefix.Groups["meal"].Value);
            rest = rest[prefix.Length..];
        }
        if (MealSuffixPattern().Match(rest) is { Success: true } suffix)
        {
            meal ??= Meal(suffix.Groups["meal"].Value);
            rest = rest[..suffix.Index];
        }
        rest = rest.Trim().Trim(',', ':', '-').Trim();
        if (rest.Length is 0 or > 1000 || SpanishFoods.Translate(rest) is not { } english || !food.ContainsFood(english))
        {
            return null;
        }
        return Understanding.Call(PlannedCall.Of(AgentFunctions.FoodLog, ("text", english), ("meal", meal)));
    }

    private static string? MealOfVerb(string verb) => verb switch
    {
        "desayune" or "he desayunado" => "breakfast",
        "almorce" or "he almorzado" => "lunch",
        "cene" or "he cenado" => "dinner",
        "merende" or "he merendado" => "snack",
        _ => null,
    };

    private static string Meal(string word) => word switch
    {
        "desayuno" => "breakfast",
        "almuerzo" or "comida" => "lunch",
        "cena" => "dinner",
        _ => "snack",
    };

    private static string ExerciseType(string verb) => verb switch
    {
        _ when verb.Contains("corr") => "running",
        _ when verb.Contains("camin") || verb.Contains("pase") => "walking",
        _ when verb.Contains("bici") => "cycling",
        _ when verb.Contains("nad") => "swimming",
        _ when verb.Contains("yoga") => "yoga",
        _ when verb.Contains("pesas") || verb.Contains("gimnasio") => "strength training",
        _ => "workout",
    };

    private static int SleepQuality(string how) => how switch
    {
        "muy mal" or "fatal" or "horrible" => 2,
        "mal" or "poco" => 3,
        "muy bien" or "genial" or "de maravilla" => 8,
        "bien" => 7,
        _ => 6,
    };

    private static int MoodScore(string word) => word switch
    {
        "genial" or "feliz" or "fenomenal" or "contento" or "contenta" => 8,
        "bien" => 7,
        "normal" or "regular" => 5,
        "cansado" or "cansada" => 5,
        "estresado" or "estresada" or "triste" or "ansioso" or "ansiosa" or "agobiado" or "agobiada" => 4,
        "mal" => 3,
        _ => 2,
    };

    private static int WaterMl(string number, string unit)
    {
        var n = number.Length == 0 ? 1 : SpanishFoods.Number(number) is { } word ? (word == "half a" ? 0.5m : ParseNumber(word)) : ParseNumber(number);
        return (int)Math.Round(unit switch
        {
            "l" or "litro" or "litros" => n * 1000,
            "vaso" or "vasos" => n * 250,
            "taza" or "tazas" => n * 240,
            "botella" or "botellas" => n * 500,
            _ => n,
        });
    }

    private static decimal ParseNumber(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    // Lower case, without accents or the opening ¿ and ¡, one space between words.
    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('¿' or '¡')))
        {
            plain.Append(c);
        }
        var t = string.Join(' ', plain.ToString().Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.TrimEnd('?', '!', '.', ' ').TrimStart('/');
    }
}
