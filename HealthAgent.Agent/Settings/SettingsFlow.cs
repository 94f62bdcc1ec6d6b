using System.Globalization;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Common;
using HealthAgent.Core.Conversations.Flows;
using HealthAgent.Core.Goals;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;

namespace HealthAgent.Agent.Settings;

/// <summary>
/// <c>/settings</c> (docs/telegram.md, "Settings"): a menu of buttons showing the current time zone, calorie goal, daily
/// summary, reminders, language, units and plan; a press changes one (asking for a value where one is needed) and shows the menu again.
/// Export and deletion point to the Bot's own <c>/export</c> and <c>/delete_me</c>, which send the file and ask to confirm.
/// </summary>
public sealed class SettingsFlow(FlowStore store, UserService users, GoalService goals, ReminderService reminders, Offline.OfflineIntentParser languages) : IConversationFlow
{
    /// <summary>The flow's name.</summary>
    public const string FlowName = "settings";

    private const string MenuStep = "menu", TimeZoneStep = "timezone", KcalStep = "kcal", SummaryStep = "summary", LanguageStep = "language";

    /// <inheritdoc />
    public string Name => FlowName;

    /// <inheritdoc />
    public Task<ConversationReply> StartAsync(Guid userId, CancellationToken cancellationToken) => MenuAsync(userId, null, cancellationToken);

    /// <inheritdoc />
    public async Task<ConversationReply?> ContinueAsync(Guid userId, FlowState state, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.IsSkip)
        {
            return await MenuAsync(userId, "Unchanged.", cancellationToken);
        }
        try
        {
            return state.Step switch
            {
                MenuStep => await ChooseAsync(userId, input.Choice, cancellationToken),
                TimeZoneStep => input.Zone is { } zone
                    ? await SavedAsync(userId, () => users.UpdateAsync(userId, new ProfileUpdate(TimeZone: zone), cancellationToken), $"Time zone set to {zone}.", cancellationToken)
                    : Ask(TimeZoneStep, $"I couldn't place \"{input.Text}\". {Core.Conversations.Flows.OnboardingFlow.WhereQuestion}"),
                KcalStep => int.TryParse(input.Text?.Replace(",", "").Replace("kcal", "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kcal)
                    ? await SavedAsync(userId, () => goals.SetAsync(userId, new GoalsUpdate(DailyKcal: kcal), cancellationToken),
                        $"Calorie goal set to {kcal.ToString("N0", CultureInfo.InvariantCulture)} kcal.", cancellationToken)
                    : Ask(KcalStep, $"A number of kcal from {GoalRules.MinDailyKcal} to {GoalRules.MaxDailyKcal}, please."),
                SummaryStep => await SummaryAsync(userId, input, cancellationToken),
                LanguageStep => await LanguageAsync(userId, input, cancellationToken),
                _ => await MenuAsync(userId, null, cancellationToken),
            };
        }
        catch (DomainValidationException e)
        {
            return Ask(state.Step, string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
    }

    private async Task<ConversationReply?> ChooseAsync(Guid userId, string? choice, CancellationToken cancellationToken)
    {
        switch (choice)
        {
            case TimeZoneStep:
                return await AskAsync(userId, TimeZoneStep, Core.Conversations.Flows.OnboardingFlow.WhereQuestion, cancellationToken);
            case KcalStep:
                return await AskAsync(userId, KcalStep, "Your daily calorie goal? (for example 2000)", cancellationToken);
            case SummaryStep:
                return await AskAsync(userId, SummaryStep, "When should the daily summary come? Send a time (21:00), or tap Off.", cancellationToken);
            case LanguageStep:
                await store.MoveAsync(userId, FlowName, LanguageStep, new { }, cancellationToken);
                return FlowButtons.Ask("Which language should I understand and answer in?",
                    [.. languages.Languages.Select(l => FlowButtons.Of(l.Name, FlowName, LanguageStep, l.Language)), FlowButtons.Of("Back", FlowName, LanguageStep, FlowButtons.Skip)]);
            // The button names the system it sets, so a second press or an older menu's button sets it again instead of flipping back.
            case "metric" or "imperial":
                var chosen = choice == "imperial" ? MeasurementSystem.Imperial : MeasurementSystem.Metric;
                await users.UpdateAsync(userId, new ProfileUpdate(Units: chosen), cancellationToken);
                return await MenuAsync(userId, chosen == MeasurementSystem.Imperial
                    ? "Units set to imperial: weights in lb (a bare number is read as lb), heights in feet and inches."
                    : "Units set to metric: weights in kg, heights in cm.", cancellationToken);
            case "pause" or "resume":
                var all = await reminders.ListAsync(userId, cancellationToken);
                foreach (var reminder in all.Where(r => r.Active == (choice == "pause")))
                {
                    await reminders.SetActiveAsync(userId, reminder.Id, choice == "resume", cancellationToken);
                }
                return await MenuAsync(userId, choice == "pause" ? "All reminders paused." : "All reminders back on.", cancellationToken);
            case "plan":
                await store.EndAsync(userId, cancellationToken);
                return ConversationReply.Plain("To change your plan, send /activate followed by your invite code.");
            case "export":
                await store.EndAsync(userId, cancellationToken);
                return ConversationReply.Plain("Send /export and I'll send you all your data as a file.");
            case "delete":
                await store.EndAsync(userId, cancellationToken);
                return ConversationReply.Plain("Send /delete_me: I'll ask you to confirm before anything is deleted.");
            case "close":
                await store.EndAsync(userId, cancellationToken);
                return ConversationReply.Plain("Settings closed.");
            default:
                // Words while the menu is open are not settings: the brains answer them.
                return null;
        }
    }

    private async Task<ConversationReply> SummaryAsync(Guid userId, FlowInput input, CancellationToken cancellationToken)
    {
        var current = await reminders.GetSettingsAsync(userId, cancellationToken);
        if (input.Choice == "off" || input.Text?.Trim().ToLowerInvariant() is "off" or "none" or "no")
        {
            return await SavedAsync(userId, () => reminders.SetDailySummaryAsync(userId, false, current.DailySummaryTime, cancellationToken), "Daily summary off.", cancellationToken);
        }
        return ClockTimes.Parse(input.Choice ?? input.Text) is { } at
            ? await SavedAsync(userId, () => reminders.SetDailySummaryAsync(userId, true, at, cancellationToken), $"Daily summary every day at {at:HH:mm}.", cancellationToken)
            : Ask(SummaryStep, "A time like 21:00 or 9 pm, or tap Off.");
    }

    private async Task<ConversationReply> LanguageAsync(Guid userId, FlowInput input, CancellationToken cancellationToken)
    {
        var chosen = languages.Languages.FirstOrDefault(l => string.Equals(l.Language, input.Choice ?? input.Text?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Name, input.Text?.Trim(), StringComparison.OrdinalIgnoreCase));
        return chosen is null
            ? Ask(LanguageStep, "Tap one of the languages, please: " + string.Join(", ", languages.Languages.Select(l => l.Name)) + ".")
            : await SavedAsync(userId, () => users.UpdateAsync(userId, new ProfileUpdate(Language: chosen.Language), cancellationToken), $"Language set to {chosen.Name}.", cancellationToken);
    }

    private async Task<ConversationReply> SavedAsync<T>(Guid userId, Func<Task<T>> save, string said, CancellationToken cancellationToken)
    {
        await save();
        return await MenuAsync(userId, said, cancellationToken);
    }

    private async Task<ConversationReply> MenuAsync(Guid userId, string? said, CancellationToken cancellationToken)
    {
        var profile = await users.GetAsync(userId, cancellationToken);
        var target = await goals.GetAsync(userId, cancellationToken);
        var summary = await reminders.GetSettingsAsync(userId, cancellationToken);
        var all = await reminders.ListAsync(userId, cancellationToken);
        var active = all.Count(r => r.Active);
        await store.MoveAsync(userId, FlowName, MenuStep, new { }, cancellationToken);
        IReadOnlyList<ReplyButton>[] rows =
        [
            [Button($"🕒 Time zone: {profile.TimeZone}", TimeZoneStep)],
            [Button($"🎯 Calorie goal: {(target.DailyKcal is { } kcal ? kcal.ToString("N0", CultureInfo.InvariantCulture) + " kcal" : "not set")}", KcalStep)],
            [Button($"📬 Daily summary: {(summary.DailySummaryEnabled ? summary.DailySummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture) : "off")}", SummaryStep)],
            [all.Count == 0 ? Button("⏰ No reminders yet", "close")
                : active > 0 ? Button($"⏰ Pause {active} reminder{(active == 1 ? "" : "s")}", "pause") : Button($"⏰ Resume {all.Count} reminder{(all.Count == 1 ? "" : "s")}", "resume")],
            [Button($"🌐 Language: {languages.For(profile.Language).Name}", LanguageStep)],
            [profile.Units == MeasurementSystem.Metric ? Button("📏 Units: metric (kg, cm)", "imperial") : Button("📏 Units: imperial (lb, ft/in)", "metric")],
            [Button($"⭐ Plan: {profile.Plan}", "plan")],
            [Button("📦 Export my data", "export"), Button("🗑️ Delete my data", "delete")],
            [Button("✖️ Close", "close")],
        ];
        return FlowButtons.Ask((said is null ? "" : said + "\n\n") + "Your settings. Tap one to change it.", rows);
    }

    private async Task<ConversationReply> AskAsync(Guid userId, string step, string question, CancellationToken cancellationToken)
    {
        await store.MoveAsync(userId, FlowName, step, new { }, cancellationToken);
        return Ask(step, question);
    }

    private static ConversationReply Ask(string step, string question) => step == SummaryStep
        ? FlowButtons.Ask(question, [FlowButtons.Of("Off", FlowName, step, "off"), FlowButtons.Of("Back", FlowName, step, FlowButtons.Skip)])
        : FlowButtons.Ask(question, [FlowButtons.Of("Back", FlowName, step, FlowButtons.Skip)]);

    private static ReplyButton Button(string label, string value) => FlowButtons.Of(label, FlowName, MenuStep, value);
}
