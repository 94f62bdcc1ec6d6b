namespace HealthAgent.Core.Time;

/// <summary>Validates and resolves IANA time-zone names against the system's tz database.</summary>
public static class TimeZones
{
    /// <summary>
    /// Resolves an IANA name (three-part names such as <c>America/Argentina/Buenos_Aires</c> included, case-insensitive)
    /// or a Windows name to the canonical IANA id that HealthAgent stores. Returns false for anything else.
    /// </summary>
    public static bool TryResolve(string? name, out string ianaId)
    {
        ianaId = "";
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            return false;
        }
        name = name.Trim();
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var converted))
        {
            name = converted;
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return false;
        }
        ianaId = zone.HasIanaId ? zone.Id : name;
        return true;
    }

    /// <summary>The zone for a stored IANA id; falls back to UTC only for ids the tz database no longer knows.</summary>
    public static TimeZoneInfo Find(string ianaId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
}
