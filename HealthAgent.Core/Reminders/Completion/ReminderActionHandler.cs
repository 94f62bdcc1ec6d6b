using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Common;
using HealthAgent.Core.Conversations;

namespace HealthAgent.Core.Reminders.Completion;

/// <summary>
/// Handles the buttons of a delivered reminder: <c>reminder:done:{id}</c>, <c>reminder:skip:{id}</c>,
/// <c>reminder:snooze:{id}</c> and, after Skip, <c>reminder:reason:{id}:{code}</c>.
/// </summary>
public sealed class ReminderActionHandler(ReminderService reminders) : IConversationActionHandler
{
    private static readonly Dictionary<string, string> Reasons = new()
    {
        ["busy"] = "Too busy",
        ["forgot"] = "Forgot",
        ["not_needed"] = "Not needed today",
    };

    /// <inheritdoc />
    public string Prefix => ReminderActions.Prefix;

    /// <inheritdoc />
    public async Task<ConversationReply> HandleAsync(Guid userId, string action, CancellationToken cancellationToken)
    {
        var parts = action.Split(':');
        if (parts.Length < 3 || parts[0] != Prefix || !Guid.TryParse(parts[2], out var deliveryId))
        {
            return ConversationReply.Plain("Sorry, I did not understand that button.");
        }
        try
        {
            return (parts[1], parts.Length) switch
            {
                ("done", 3) => Done(await reminders.CompleteAsync(userId, deliveryId, cancellationToken)),
                ("skip", 3) => Skipped(deliveryId, await reminders.SkipAsync(userId, deliveryId, null, cancellationToken)),
                ("snooze", 3) => Snoozed(await reminders.SnoozeAsync(userId, deliveryId, cancellationToken)),
                ("reason", 4) when Reasons.TryGetValue(parts[3], out var reason) =>
                    ReasonNoted(await reminders.SkipAsync(userId, deliveryId, reason, cancellationToken), reason),
                _ => ConversationReply.Plain("Sorry, I did not understand that button."),
            };
        }
        catch (NotFoundException)
        {
            return ConversationReply.Plain("That reminder no longer exists.");
        }
    }

    private static ConversationReply Done(CompletionResult result) =>
        ConversationReply.Plain(result.XpAwarded switch
        {
            0 => $"Already marked done: {result.Message}",
            var xp when result.OnTime => $"✅ Done on time: {result.Message} (+{xp} XP)",
            var xp => $"✅ Done: {result.Message} (+{xp} XP)",
        });

    private static ConversationReply Skipped(Guid deliveryId, CompletionResult result) =>
        result.Status != DeliveryStatus.Skipped
            ? ConversationReply.Plain($"Already marked done: {result.Message}")
            : new ConversationReply($"Skipped: {result.Message}. Want to tell me why? (optional)",
                [Reasons.Select(r => new ReplyButton(r.Value, ReminderActions.Reason(deliveryId, r.Key))).ToList()]);

    private static ConversationReply ReasonNoted(CompletionResult result, string reason) =>
        ConversationReply.Plain($"Noted — skipped ({reason.ToLowerInvariant()}): {result.Message}");

    private static ConversationReply Snoozed((CompletionResult Result, DateTimeOffset At) snooze) =>
        ConversationReply.Plain(snooze.Result.Status == DeliveryStatus.Snoozed
            ? $"😴 Snoozed for 30 minutes: {snooze.Result.Message}"
            : $"This reminder is already {snooze.Result.Status.ToString().ToLowerInvariant()}.");
}
