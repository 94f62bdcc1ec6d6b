namespace HealthAgent.Core.Reminders.Completion;

/// <summary>The button action ids on a delivered reminder (<c>reminder:{verb}:{deliveryId}</c>, ≤ 64 bytes).</summary>
public static class ReminderActions
{
    /// <summary>The prefix the conversation endpoint routes to <see cref="ReminderActionHandler"/>.</summary>
    public const string Prefix = "reminder";

    /// <summary><c>reminder:done:{id}</c>.</summary>
    public static string Done(Guid deliveryId) => $"{Prefix}:done:{deliveryId:N}";

    /// <summary><c>reminder:skip:{id}</c>.</summary>
    public static string Skip(Guid deliveryId) => $"{Prefix}:skip:{deliveryId:N}";

    /// <summary><c>reminder:snooze:{id}</c>.</summary>
    public static string Snooze(Guid deliveryId) => $"{Prefix}:snooze:{deliveryId:N}";

    /// <summary><c>reminder:reason:{id}:{code}</c>: a skip reason chosen after Skip.</summary>
    public static string Reason(Guid deliveryId, string code) => $"{Prefix}:reason:{deliveryId:N}:{code}";
}
