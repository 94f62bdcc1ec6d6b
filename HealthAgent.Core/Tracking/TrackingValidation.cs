using HealthAgent.Core.Common;

namespace HealthAgent.Core.Tracking;

/// <summary>Field rules of the built-in entries, checked before the database's CHECK constraints so each bad field is named.</summary>
internal static class TrackingValidation
{
    public static DateTimeOffset Instant(ErrorList errors, string field, DateTimeOffset? given, DateTimeOffset now)
    {
        var at = (given ?? now).ToUniversalTime();
        if (TimeRules.LoggedProblem(at, now) is { } problem)
        {
            errors.Add(field, $"{field}: {problem}");
        }
        // PostgreSQL keeps microseconds; truncating here keeps cursors built from stored values exact.
        return at.AddTicks(-(at.Ticks % 10));
    }

    public static void Range(ErrorList errors, string field, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            errors.Add(field, $"{field} must be between {min} and {max}.");
        }
    }
}
