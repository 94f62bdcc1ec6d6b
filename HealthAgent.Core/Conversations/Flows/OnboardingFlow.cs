using HealthAgent.Core.Measurements;
using System.Globalization;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Common;
using HealthAgent.Core.Conversations.Languages;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// <c>/start</c> for a new user (docs/telegram.md, "Onboarding"): the time zone (a city, an IANA name of any depth, a
/// UTC offset or a shared location) with the language as buttons under the same question, then, if they want a calorie goal suggested, sex, birth year, height, weight and
/// activity, then the suggestion and the first tip. Every answer is saved as it comes and every question can be skipped.
/// </summary>
public sealed class OnboardingFlow(FlowStore store, UserService users, GoalService goals, TrackingService tracking, ILanguageCatalog languages, TimeProvider time)
    : IConversationFlow
{
    /// <summary>The flow's name.</summary>
    public const string FlowName = "onboarding";

    private const string TimeZoneStep = "timezone", GoalsStep = "goals", SexStep = "sex", BirthYearStep = "birth-year", HeightStep = "height",
        WeightStep = "weight", ActivityStep = "activity", SuggestionStep = "suggestion";

    /// <summary>The question for the time zone, also used by <c>/settings</c>.</summary>
    public const string WhereQuestion = "Where do you live? Send a city (Lisbon), a time zone (America/Argentina/Buenos_Aires), an offset (UTC-3), " +
        "or share your location (📎 → Location). I use it for your days and reminders.";

    private static readonly (ActivityLevel Level, string Label)[] Activities =
    [
        (ActivityLevel.Sedentary, "🪑 Mostly sitting"), (ActivityLevel.Light, "🚶 Light: walks, 1–2 workouts a week"),
        (ActivityLevel.Moderate, "🏃 Moderate: 3–4 workouts a week"), (ActivityLevel.Active, "💪 Active: 5+ workouts a week"),
        (ActivityLevel.VeryActive, "🏗️ Very active: physical job or daily training"),
    ];

    /// <inheritdoc />
    public string Name => FlowName;

    /// <inheritdoc />
    public async Task<ConversationReply> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var hello = $"Hi {profile.DisplayName}! I'm your health coach: tell me what you eat, drink, weigh, sleep and do, and I keep the numbers, " +
            "your goals and your streak. Let's set you up in a minute; you can skip any question.";
        return await AskAsync(userId, TimeZoneStep, hello, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationReply?> ContinueAsync(Guid userId, FlowState state, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.IsSkip)
        {
            return await AskAsync(userId, Next(state.Step), "OK, skipped.", cancellationToken);
        }
        try
        {
            return state.Step switch
            {
                TimeZoneStep => await TimeZoneAsync(userId, input, cancellationToken),
                GoalsStep => input.YesOrNo switch
                {
                    true => await AskAsync(userId, SexStep, null, cancellationToken),
                    false => await FinishAsync(userId, "OK, no goal for now.", cancellationToken),
                    null => null,
                },
                SexStep => SexOf(input) is { } sex ? await SaveAsync(userId, SexStep, new ProfileUpdate(Sex: sex), cancellationToken) : null,
                BirthYearStep => Units.BirthYear(input.Text ?? "") is { } year
                    ? await SaveAsync(userId, BirthYearStep, new ProfileUpdate(BirthYear: year), cancellationToken)
                    : Retry(input, BirthYearStep, "A year like 1990, please (or Skip)."),
                HeightStep => Units.HeightCm(input.Text ?? "") is { } cm
                    ? await SaveAsync(userId, HeightStep, new ProfileUpdate(HeightCm: cm), cancellationToken)
                    : Retry(input, HeightStep, $"A height like 170, 1.70 m or 5'7\", between {UserRules.MinHeightCm:0} and {UserRules.MaxHeightCm:0} cm (or Skip)."),
                WeightStep => Units.WeightKg(input.Text ?? "") is { } kg
                    ? await WeightAsync(userId, kg, cancellationToken)
                    : Retry(input, WeightStep, $"A weight like 70, 70 kg or 154 lb, between {TrackingRules.MinWeightKg:0} and {TrackingRules.MaxWeightKg:0} kg (or Skip)."),
                ActivityStep => Enum.TryParse<ActivityLevel>(input.Choice, ignoreCase: true, out var level)
                    ? await SaveAsync(userId, ActivityStep, new ProfileUpdate(ActivityLevel: level), cancellationToken)
                    : null,
                SuggestionStep => input.Choice is { } kcal && int.TryParse(kcal, NumberStyles.None, CultureInfo.InvariantCulture, out var goal)
                    ? await AcceptAsync(userId, goal, cancellationToken)
                    : input.YesOrNo == false
                        ? await FinishAsync(userId, "OK, no goal for now: set one any time with \"set my calorie goal to 2000\".", cancellationToken)
                        : null,
                _ => await FinishAsync(userId, null, cancellationToken),
            };
        }
        catch (DomainValidationException e)
        {
            return FlowButtons.Ask(string.Join(" ", e.Errors.SelectMany(kv => kv.Value)), [FlowButtons.SkipButton(FlowName, state.Step)]);
        }
    }

    private async Task<ConversationReply?> TimeZoneAsync(Guid userId, FlowInput input, CancellationToken cancellationToken)
    {
        // The language buttons sit under the first question: a press sets it and asks for the time zone again.
        if (languages.Languages.FirstOrDefault(l => l.Language == input.Choice) is { } language)
        {
            await users.UpdateAsync(userId, new ProfileUpdate(Language: language.Language), cancellationToken);
            return await AskAsync(userId, TimeZoneStep, $"Language: {language.Name}.", cancellationToken);
        }
        var zone = input.Zone;
        if (zone is null)
        {
            return Retry(input, TimeZoneStep,
                $"I couldn't place \"{input.Text}\". Try a big city near you, a zone like Europe/Madrid, an offset like UTC+2, or share your location.", words: 4);
        }
        await users.UpdateAsync(userId, new ProfileUpdate(TimeZone: zone, OnboardingState: OnboardingState.TimeZoneSet), cancellationToken);
        var said = FlowInput.ZoneSet(zone, input.Location is not null, time.GetUtcNow());
        return await AskAsync(userId, GoalsStep, said, cancellationToken);
    }

    private async Task<ConversationReply> SaveAsync(Guid userId, string step, ProfileUpdate update, CancellationToken cancellationToken)
    {
        await users.UpdateAsync(userId, update, cancellationToken);
        return await AskAsync(userId, Next(step), null, cancellationToken);
    }

    private async Task<ConversationReply> WeightAsync(Guid userId, decimal kg, CancellationToken cancellationToken)
    {
        await tracking.LogWeightAsync(userId, new LogWeight(kg), cancellationToken);
        return await AskAsync(userId, ActivityStep, $"Weight {kg.ToString("0.##", CultureInfo.InvariantCulture)} kg logged.", cancellationToken);
    }

    private async Task<ConversationReply> AcceptAsync(Guid userId, int kcal, CancellationToken cancellationToken)
    {
        await goals.SetAsync(userId, new GoalsUpdate(DailyKcal: kcal), cancellationToken);
        await users.UpdateAsync(userId, new ProfileUpdate(OnboardingState: OnboardingState.GoalsSet), cancellationToken);
        return await FinishAsync(userId, $"Your goal is {kcal.ToString("N0", CultureInfo.InvariantCulture)} kcal a day.", cancellationToken);
    }

    // Each step's question; the suggestion is worked out from what was answered.
    private async Task<ConversationReply> AskAsync(Guid userId, string step, string? said, CancellationToken cancellationToken)
    {
        string? question;
        IReadOnlyList<ReplyButton>[] rows;
        switch (step)
        {
            case TimeZoneStep:
                var languageRow = await LanguageRowAsync(userId, cancellationToken);
                (question, rows) = (WhereQuestion, languageRow.Count == 0 ? [[FlowButtons.SkipButton(FlowName, step)]] : [[FlowButtons.SkipButton(FlowName, step)], languageRow]);
                break;
            case GoalsStep:
                (question, rows) = ("Shall I suggest a daily calorie goal? I'd ask your sex, birth year, height, weight and how active you are.",
                    [[FlowButtons.Of("✅ Yes, suggest one", FlowName, step, "yes"), FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case SexStep:
                (question, rows) = ("Your sex, for the energy formula?",
                    [[FlowButtons.Of("Female", FlowName, step, "female"), FlowButtons.Of("Male", FlowName, step, "male"), FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case BirthYearStep:
                (question, rows) = ("Your birth year? (for example 1990)", [[FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case HeightStep:
                (question, rows) = ("Your height? (170, 1.70 m or 5'7\")", [[FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case WeightStep:
                (question, rows) = ("Your weight today? (70, 70 kg or 154 lb)", [[FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case ActivityStep:
                (question, rows) = ("How active is a usual week?",
                    [.. Activities.Select(a => (IReadOnlyList<ReplyButton>)[FlowButtons.Of(a.Label, FlowName, step, a.Level.ToString().ToLowerInvariant())]),
                        [FlowButtons.SkipButton(FlowName, step)]]);
                break;
            case SuggestionStep:
                var suggestion = await goals.SuggestAsync(userId, null, cancellationToken);
                if (suggestion.SuggestedKcal is not { } kcal)
                {
                    return await FinishAsync(userId, Join(said, $"I can't suggest a goal without your {string.Join(", ", suggestion.Missing.Select(Missing))}; " +
                        "set one any time with \"set my calorie goal to 2000\"."), cancellationToken);
                }
                (question, rows) = ($"I suggest {kcal.ToString("N0", CultureInfo.InvariantCulture)} kcal a day " +
                    $"(you burn about {suggestion.MaintenanceKcal?.ToString("N0", CultureInfo.InvariantCulture)}). Use it as your goal?",
                    [[FlowButtons.Of("✅ Use it", FlowName, step, kcal.ToString(CultureInfo.InvariantCulture)), FlowButtons.Of("Not now", FlowName, step, "no")]]);
                break;
            default:
                return await FinishAsync(userId, said, cancellationToken);
        }
        await store.MoveAsync(userId, FlowName, step, new { }, cancellationToken);
        return FlowButtons.Ask(Join(said, question), rows);
    }

    // One button a language, the user's own marked; none when there is only one to choose.
    private async Task<IReadOnlyList<ReplyButton>> LanguageRowAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (languages.Languages.Count < 2)
        {
            return [];
        }
        var current = (await users.GetAsync(userId, cancellationToken)).Language;
        return [.. languages.Languages.Select(l => FlowButtons.Of((l.Language == current ? "✓ " : "🌐 ") + l.Name, FlowName, TimeZoneStep, l.Language))];
    }

    private async Task<ConversationReply> FinishAsync(Guid userId, string? said, CancellationToken cancellationToken)
    {
        await store.EndAsync(userId, cancellationToken);
        await users.UpdateAsync(userId, new ProfileUpdate(OnboardingState: OnboardingState.Completed), cancellationToken);
        return ConversationReply.Plain(Join(said, "All set! 🎉 Tell me what you eat in plain words (\"2 eggs and toast for breakfast\") and I'll log it " +
            "with real nutrition figures. Also \"weight 70.5\", \"slept 7h\", \"drank 500 ml water\". /help lists everything, /settings changes it."));
    }

    // A short message is an attempt at an answer and gets the hint; a longer one is the user moving on (null: the brains answer it).
    private static ConversationReply? Retry(FlowInput input, string step, string hint, int words = 3) =>
        input.Text is { } text && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > words
            ? null
            : FlowButtons.Ask(hint, [FlowButtons.SkipButton(FlowName, step)]);

    private static Sex? SexOf(FlowInput input) => (input.Choice ?? input.Text?.Trim().ToLowerInvariant()) switch
    {
        "female" or "woman" or "f" => Sex.Female,
        "male" or "man" or "m" => Sex.Male,
        _ => null,
    };


    private static string Next(string step) => step switch
    {
        TimeZoneStep => GoalsStep,
        GoalsStep => "done",
        SexStep => BirthYearStep,
        BirthYearStep => HeightStep,
        HeightStep => WeightStep,
        WeightStep => ActivityStep,
        ActivityStep => SuggestionStep,
        _ => "done",
    };


    private static string Missing(string field) => field switch
    {
        "birthYear" => "birth year",
        "heightCm" => "height",
        _ => field,
    };

    private static string Join(string? said, string text) => string.IsNullOrEmpty(said) ? text : $"{said}\n\n{text}";
}
