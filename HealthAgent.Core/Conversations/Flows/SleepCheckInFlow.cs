using System.Globalization;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;
using HealthAgent.Core.Users;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// The guided sleep check-in (<c>/sleep</c>, the original agent's <c>/sleep_quiz</c>; docs/telegram.md): bedtime, wake
/// time, quality, awakenings, late caffeine and screens before bed, then the night is logged (with its XP) and one tip
/// from the answers. Times are the user's local times; the night is the last one that fits them.
/// </summary>
public sealed class SleepCheckInFlow(FlowStore store, UserService users, TrackingService tracking, TimeProvider time) : IConversationFlow
{
    /// <summary>The flow's name.</summary>
    public const string FlowName = "sleep";

    private const string BedStep = "bed", WakeStep = "wake", QualityStep = "quality", AwakeningsStep = "awakenings", CaffeineStep = "caffeine",
        ScreensStep = "screens";

    /// <summary>What the check-in collected so far.</summary>
    public sealed class Answers
    {
        /// <summary>Bedtime, <c>HH:mm</c>.</summary>
        public string? Bed { get; set; }

        /// <summary>Wake time, <c>HH:mm</c>.</summary>
        public string? Wake { get; set; }

        /// <summary>Quality 1–10.</summary>
        public int? Quality { get; set; }

        /// <summary>Awakenings.</summary>
        public int? Awakenings { get; set; }

        /// <summary>Caffeine after 2 pm.</summary>
        public bool? Caffeine { get; set; }
    }

    /// <inheritdoc />
    public string Name => FlowName;

    /// <inheritdoc />
    public Task<ConversationReply> StartAsync(Guid userId, CancellationToken cancellationToken) =>
        AskAsync(userId, BedStep, new Answers(), "Sleep check-in 😴 Six quick questions about last night (\"stop\" ends it).", cancellationToken);

    /// <inheritdoc />
    public async Task<ConversationReply?> ContinueAsync(Guid userId, FlowState state, FlowInput input, CancellationToken cancellationToken)
    {
        var answers = FlowStore.Data<Answers>(state);
        var choice = input.Choice ?? input.Text?.Trim().ToLowerInvariant();
        if (input.IsSkip)
        {
            return state.Step is BedStep or WakeStep
                ? await EndAsync(userId, "Without both times I can't log the night. Tell me \"slept 7h\" any time, or /sleep to try again.", cancellationToken)
                : await NextAsync(userId, state.Step, answers, cancellationToken);
        }
        switch (state.Step)
        {
            case BedStep or WakeStep:
                if (ClockTimes.Parse(choice) is not { } at)
                {
                    return Short(input) ? FlowButtons.Ask("A time like 23:30, 7:15 or 11 pm, please.", Times(state.Step)) : null;
                }
                if (state.Step == BedStep)
                {
                    answers.Bed = at.ToString("HH:mm", CultureInfo.InvariantCulture);
                }
                else
                {
                    answers.Wake = at.ToString("HH:mm", CultureInfo.InvariantCulture);
                }
                break;
            case QualityStep:
                if (!int.TryParse(choice?.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var quality)
                    || quality is < TrackingRules.MinScore or > TrackingRules.MaxScore)
                {
                    return Short(input) ? FlowButtons.Ask($"A number from {TrackingRules.MinScore} to {TrackingRules.MaxScore}, please.", Scores()) : null;
                }
                answers.Quality = quality;
                break;
            case AwakeningsStep:
                if (!int.TryParse(choice?.TrimEnd('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var awakenings) || awakenings > TrackingRules.MaxAwakenings)
                {
                    return Short(input) ? FlowButtons.Ask("How many times, as a number?", Counts()) : null;
                }
                answers.Awakenings = awakenings;
                break;
            case CaffeineStep or ScreensStep:
                if (input.YesOrNo is not { } yes)
                {
                    return Short(input) ? FlowButtons.Ask("Yes or no?", YesNoButtons(state.Step)) : null;
                }
                if (state.Step == CaffeineStep)
                {
                    answers.Caffeine = yes;
                    break;
                }
                return await LogAsync(userId, answers, yes, cancellationToken);
        }
        return await NextAsync(userId, state.Step, answers, cancellationToken);
    }

    private Task<ConversationReply> NextAsync(Guid userId, string step, Answers answers, CancellationToken cancellationToken) => step switch
    {
        BedStep => AskAsync(userId, WakeStep, answers, null, cancellationToken),
        WakeStep => AskAsync(userId, QualityStep, answers, null, cancellationToken),
        QualityStep => AskAsync(userId, AwakeningsStep, answers, null, cancellationToken),
        AwakeningsStep => AskAsync(userId, CaffeineStep, answers, null, cancellationToken),
        CaffeineStep => AskAsync(userId, ScreensStep, answers, null, cancellationToken),
        _ => LogAsync(userId, answers, null, cancellationToken),
    };

    private async Task<ConversationReply> AskAsync(Guid userId, string step, Answers answers, string? said, CancellationToken cancellationToken)
    {
        var (question, rows) = step switch
        {
            BedStep => ("When did you go to bed?", Times(step)),
            WakeStep => ("When did you wake up?", Times(step)),
            QualityStep => ($"How well did you sleep, {TrackingRules.MinScore} (awful) to {TrackingRules.MaxScore} (great)?", Scores()),
            AwakeningsStep => ("How many times did you wake up in the night?", Counts()),
            CaffeineStep => ("Any coffee, tea, cola or energy drinks after 2 pm?", YesNoButtons(step)),
            _ => ("Screens (phone, TV, laptop) in the hour before bed?", YesNoButtons(step)),
        };
        await store.MoveAsync(userId, FlowName, step, answers, cancellationToken);
        return FlowButtons.Ask(said is null ? question : $"{said}\n\n{question}", rows);
    }

    private async Task<ConversationReply> LogAsync(Guid userId, Answers answers, bool? screens, CancellationToken cancellationToken)
    {
        var zone = await users.GetTimeZoneAsync(userId, cancellationToken);
        var (bedtime, wake) = ClockTimes.LastNight(TimeOnly.Parse(answers.Bed!, CultureInfo.InvariantCulture), TimeOnly.Parse(answers.Wake!, CultureInfo.InvariantCulture),
            time.GetUtcNow(), zone);
        var quality = answers.Quality ?? (TrackingRules.MinScore + TrackingRules.MaxScore) / 2;
        var logged = await tracking.LogSleepAsync(userId, new LogSleep(bedtime, wake, quality, answers.Awakenings, answers.Caffeine, screens), cancellationToken);
        await store.EndAsync(userId, cancellationToken);
        var hours = logged.Entry.Duration;
        var text = $"Sleep logged: {(int)hours.TotalHours} h {hours.Minutes:00} min ({answers.Bed}–{answers.Wake}), quality {quality}/10" +
            (answers.Quality is null ? " (you skipped it)" : "") +
            (answers.Awakenings is { } n ? $", woke {n} time{(n == 1 ? "" : "s")}" : "") + "." + AwardResult.Words(logged.Award);
        return ConversationReply.Plain($"{text}\n{Tip(hours, answers, screens)}");
    }

    private async Task<ConversationReply> EndAsync(Guid userId, string said, CancellationToken cancellationToken)
    {
        await store.EndAsync(userId, cancellationToken);
        return ConversationReply.Plain(said);
    }

    // One tip, the most useful first.
    private static string Tip(TimeSpan slept, Answers answers, bool? screens) =>
        answers.Caffeine == true ? "Tip: caffeine stays in the body for 5–6 hours; try none after 2 pm for a few days and compare."
        : screens == true ? "Tip: put the screens away half an hour before bed; a book or a short walk helps you wind down."
        : slept < TimeSpan.FromHours(7) ? "Tip: most adults need 7–9 hours; going to bed 30 minutes earlier is the easiest start."
        : answers.Awakenings is >= 3 ? "Tip: a cool, dark, quiet room and no big meal late in the evening help you sleep through."
        : "Nice: keep the same bedtime, weekends included, and good nights get easier.";

    private static bool Short(FlowInput input) => input.Choice is not null || input.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;


    private static IReadOnlyList<ReplyButton>[] Times(string step) => step == BedStep
        ? [Row(step, "21:00", "22:00", "23:00"), Row(step, "00:00", "01:00", "02:00"), [FlowButtons.SkipButton(FlowName, step)]]
        : [Row(step, "05:00", "06:00", "07:00"), Row(step, "08:00", "09:00", "10:00"), [FlowButtons.SkipButton(FlowName, step)]];

    private static IReadOnlyList<ReplyButton>[] Scores() =>
        [Row(QualityStep, "1", "2", "3", "4", "5"), Row(QualityStep, "6", "7", "8", "9", "10"), [FlowButtons.SkipButton(FlowName, QualityStep)]];

    private static IReadOnlyList<ReplyButton>[] Counts() => [Row(AwakeningsStep, "0", "1", "2", "3+"), [FlowButtons.SkipButton(FlowName, AwakeningsStep)]];

    private static IReadOnlyList<ReplyButton>[] YesNoButtons(string step) =>
        [[FlowButtons.Of("Yes", FlowName, step, "yes"), FlowButtons.Of("No", FlowName, step, "no"), FlowButtons.SkipButton(FlowName, step)]];

    private static IReadOnlyList<ReplyButton> Row(string step, params string[] values) =>
        [.. values.Select(v => FlowButtons.Of(v, FlowName, step, v.TrimEnd('+')))];
}
