namespace HealthAgent.Core.Tracking;

/// <summary>Field rules of the built-in entries, checked before the database's CHECK constraints so each bad field is named.</summary>
internal static class TrackingValidation
{
    // Clocks drift and messages queue; a few minutes ahead is a timestamp, more is a mistake.
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Instant(ErrorList errors, string field, DateTimeOffset? given, DateTimeOffset now)
    {
        var at = (given ?? now).ToUniversalTime();
        if (at > now + FutureTolerance)
        {
            errors.Add(field, $"{field} must not be in the future.");
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
