using System.Text.Json;

namespace HealthAgent.Agent.Offline;

/// <summary>Words the results of the reminder tools for the offline brain (the tools return plain data objects).</summary>
public static class ReminderReplies
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The sentence for a reminder tool's result, or null when <paramref name="tool"/> is not a reminder tool.</summary>
    public static string? Describe(string tool, object? data)
    {
        if (data is null || !tool.Contains("reminder", StringComparison.Ordinal))
        {
            return null;
        }
        var result = JsonSerializer.SerializeToElement(data, data.GetType(), Json);
        return tool switch
        {
            "create_reminder" => (result.TryGetProperty("created", out var created) && created.GetBoolean() ? "Reminder set: " : "You already have that reminder: ")
                + One(result.GetProperty("reminder")) + ".",
            "list_reminders" => List(result.GetProperty("reminders")),
            "update_reminder_time" => "Moved: " + One(result.GetProperty("reminder")) + ".",
            "change_reminder_state" => State(result),
            _ => null,
        };
    }

    private static string List(JsonElement reminders) => reminders.GetArrayLength() == 0
        ? "You have no reminders. Try \"remind me to drink water every day at 10\"."
        : "Your reminders:\n" + string.Join("\n", reminders.EnumerateArray().Select(r => "• " + One(r) + (r.GetProperty("active").GetBoolean() ? "" : " (paused)")));

    private static string State(JsonElement result)
    {
        var names = result.GetProperty("reminders").EnumerateArray().Select(r => $"\"{r.GetProperty("message").GetString()}\"").ToList();
        var verb = result.GetProperty("action").GetString() switch { "pause" => "Paused", "resume" => "Resumed", _ => "Deleted" };
        return names.Count == 0 ? "I found no reminder like that." : $"{verb}: {string.Join(", ", names)}.";
    }

    private static string One(JsonElement reminder)
    {
        var schedule = reminder.GetProperty("schedule");
        var time = schedule.TryGetProperty("time", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()![..5] : null;
        var when = schedule.GetProperty("type").GetString() switch
        {
            "once" => $"on {schedule.GetProperty("date").GetString()} at {time}",
            "daily" => $"every day at {time}",
            "weekly" => $"every week at {time}",
            "interval" => $"every {schedule.GetProperty("intervalHours").GetInt32()} h",
            _ => $"on schedule {schedule.GetProperty("cron").GetString()}",
        };
        return $"\"{reminder.GetProperty("message").GetString()}\" {when} (your local time)";
    }
}
