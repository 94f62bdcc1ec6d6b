using System.Globalization;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Plugins;

/// <summary>
/// Reads the dates and times a model writes ("07:30", "2025-03-12T08:30", "yesterday") in the user's time zone. A clock
/// time that is still ahead today means yesterday: people log what already happened.
/// </summary>
public sealed class UserClock(ToolContext user, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZones.Find(user.TimeZone);

    /// <summary>Now.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>An ISO 8601 time with offset, a local <c>YYYY-MM-DDTHH:mm</c>, or a local <c>HH:mm</c>; null when <paramref name="text"/> is empty.</summary>
    /// <exception cref="ToolArgumentException">The text is no time.</exception>
    public DateTimeOffset? Instant(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = text.Trim();
        var now = time.GetUtcNow();
        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            var today = ZonedTime.LocalDate(now, _zone);
            var instant = ZonedTime.ToInstant(today.ToDateTime(clock), _zone);
            return instant > now ? ZonedTime.ToInstant(today.AddDays(-1).ToDateTime(clock), _zone) : instant;
        }
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ZonedTime.ToInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);
        }
        throw new ToolArgumentException($"'{parameter}' must be a time like 08:30 or 2025-03-12T08:30.");
    }

    /// <summary>A date (<c>YYYY-MM-DD</c>, <c>today</c> or <c>yesterday</c> in the user's zone); null when <paramref name="text"/> is empty.</summary>
    /// <exception cref="ToolArgumentException">The text is no date.</exception>
    public DateOnly? Date(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var today = ZonedTime.LocalDate(time.GetUtcNow(), _zone);
        return text.Trim().ToLowerInvariant() switch
        {
            "today" => today,
            "yesterday" => today.AddDays(-1),
            var d when DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            _ => throw new ToolArgumentException($"'{parameter}' must be a date like 2025-03-12, 'today' or 'yesterday'."),
        };
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;
}
