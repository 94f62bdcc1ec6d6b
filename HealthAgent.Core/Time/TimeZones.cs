namespace HealthAgent.Core.Time;

/// <summary>Validates and resolves IANA time-zone names against the system's tz database.</summary>
public static class TimeZones
{
    private static readonly Lazy<Dictionary<string, string>> ByLowerCaseId = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId)
            .GroupBy(z => z.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Resolves an IANA name (three-part names such as <c>America/Argentina/Buenos_Aires</c> included; case-insensitive)
    /// or a Windows name to the IANA id that HealthAgent stores. Returns false for anything else.
    /// </summary>
    public static bool TryResolve(string? name, out string ianaId)
    {
        ianaId = "";
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Contains(".."))
        {
            return false;
        }
        name = name.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId)
        {
            ianaId = zone.Id;
            return true;
        }
        if (ByLowerCaseId.Value.TryGetValue(name, out var canonical))
        {
            ianaId = canonical;
            return true;
        }
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var converted) && TimeZoneInfo.TryFindSystemTimeZoneById(converted, out _))
        {
            ianaId = converted;
            return true;
        }
        return false;
    }

    /// <summary>The zone for a stored IANA id; falls back to UTC only for ids the tz database no longer knows.</summary>
    public static TimeZoneInfo Find(string ianaId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
}
