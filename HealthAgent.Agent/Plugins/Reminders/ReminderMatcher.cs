using HealthAgent.Core.Reminders;
namespace HealthAgent.Agent.Plugins.Reminders;

/// <summary>Finds the reminders a user names in words ("vitamin", "the water reminders") or by id.</summary>
public static class ReminderMatcher
{
    /// <summary>The reminders matching <paramref name="target"/>: by id, by kind (singular or plural), or by every word in the message.</summary>
    public static IReadOnlyList<ReminderView> Match(IReadOnlyList<ReminderView> reminders, string? target)
    {
        var t = (target ?? "").Trim().ToLowerInvariant();
        if (t.Length == 0)
        {
            return [];
        }
        if (Guid.TryParse(t, out var id))
        {
            return reminders.Where(r => r.Id == id).ToList();
        }
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("my" or "the" or "all" or "reminder" or "reminders")).ToList();
        if (words.Count == 0)
        {
            return t.Contains("all") ? reminders : [];
        }
        return reminders.Where(r => words.All(w =>
            r.Message.Contains(w.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)
            || r.Kind.ToString().Equals(w.TrimEnd('s'), StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
