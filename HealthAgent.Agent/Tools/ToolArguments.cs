using System.Globalization;
using System.Text.Json;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Typed, validated access to a tool call's arguments. Models send numbers as strings and nulls for omitted values, so
/// both are accepted; anything out of range throws <see cref="ToolArgumentException"/> with a message the model can act on.
/// </summary>
public sealed class ToolArguments
{
    private readonly JsonElement _root;

    /// <summary>Wraps the arguments object (anything else counts as no arguments).</summary>
    public ToolArguments(JsonElement root) => _root = root.ValueKind == JsonValueKind.Object ? root : default;

    /// <summary>Whether <paramref name="name"/> is present and not null.</summary>
    public bool Has(string name) => TryGet(name, out _);

    /// <summary>An optional trimmed string of at most <paramref name="maxLength"/> characters.</summary>
    public string? String(string name, int maxLength)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
        if (text.Length > maxLength)
        {
            throw new ToolArgumentException($"'{name}' must be at most {maxLength} characters.");
        }
        return text.Length == 0 ? null : text;
    }

    /// <summary>A required non-empty string.</summary>
    public string RequiredString(string name, int maxLength) =>
        String(name, maxLength) ?? throw new ToolArgumentException($"'{name}' is required.");

    /// <summary>An optional number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public decimal? Number(string name, decimal min, decimal max)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }
        decimal number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var n))
        {
            number = n;
        }
        else if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
        {
            number = s;
        }
        else
        {
            throw new ToolArgumentException($"'{name}' must be a number.");
        }
        if (number < min || number > max)
        {
            throw new ToolArgumentException($"'{name}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.");
        }
        return number;
    }

    /// <summary>A required number within range.</summary>
    public decimal RequiredNumber(string name, decimal min, decimal max) =>
        Number(name, min, max) ?? throw new ToolArgumentException($"'{name}' is required.");

    /// <summary>An optional whole number within range (fractions are rounded).</summary>
    public int? Integer(string name, int min, int max) => Number(name, min, max) is { } n ? (int)Math.Round(n, MidpointRounding.AwayFromZero) : null;

    /// <summary>An optional boolean.</summary>
    public bool? Boolean(string name) =>
        !TryGet(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => throw new ToolArgumentException($"'{name}' must be true or false."),
        };

    /// <summary>An optional enum value by name, case-insensitive, snake_case accepted.</summary>
    public TEnum? Enum<TEnum>(string name) where TEnum : struct, Enum
    {
        var text = String(name, 40);
        if (text is null)
        {
            return null;
        }
        if (System.Enum.TryParse<TEnum>(text.Replace("_", ""), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }
        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        throw new ToolArgumentException($"'{name}' must be one of: {allowed}.");
    }

    /// <summary>An optional date (<c>YYYY-MM-DD</c>, <c>today</c> or <c>yesterday</c> in the user's zone).</summary>
    public DateOnly? Date(string name, TimeZoneInfo zone, TimeProvider time)
    {
        var text = String(name, 20);
        if (text is null)
        {
            return null;
        }
        var today = ZonedTime.LocalDate(time.GetUtcNow(), zone);
        return text.ToLowerInvariant() switch
        {
            "today" => today,
            "yesterday" => today.AddDays(-1),
            _ when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            _ => throw new ToolArgumentException($"'{name}' must be a date like 2025-03-12, 'today' or 'yesterday'."),
        };
    }

    /// <summary>
    /// An optional instant: an ISO 8601 time with offset, a local <c>YYYY-MM-DDTHH:mm</c>, or a local <c>HH:mm</c> today
    /// (yesterday when that is still in the future) in the user's zone.
    /// </summary>
    public DateTimeOffset? Instant(string name, TimeZoneInfo zone, TimeProvider time)
    {
        var text = String(name, 40);
        if (text is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            var today = ZonedTime.LocalDate(now, zone);
            var instant = ZonedTime.ToInstant(today.ToDateTime(clock), zone);
            return instant > now ? ZonedTime.ToInstant(today.AddDays(-1).ToDateTime(clock), zone) : instant;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(text))
        {
            return parsed;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ZonedTime.ToInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }
        throw new ToolArgumentException($"'{name}' must be a time like 08:30 or 2025-03-12T08:30.");
    }

    /// <summary>An optional array argument.</summary>
    public IReadOnlyList<JsonElement>? Array(string name, int maxItems)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ToolArgumentException($"'{name}' must be an array.");
        }
        var items = value.EnumerateArray().ToList();
        return items.Count > maxItems ? throw new ToolArgumentException($"'{name}' may hold at most {maxItems} items.") : items;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
