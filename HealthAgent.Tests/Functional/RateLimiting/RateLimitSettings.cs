namespace HealthAgent.Tests.Functional.RateLimiting;

/// <summary>Api settings that limit logging water: 3 at once, one more every 10 s.</summary>
public static class RateLimitSettings
{
    public const string WaterRoute = "POST /api/v1/users/{userId}/tracking/water";

    public static Dictionary<string, string?> WaterBurstOfThree(int? freeQuota = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:Endpoints:0:Route"] = WaterRoute,
            ["RateLimiting:Endpoints:0:Burst"] = "3",
            ["RateLimiting:Endpoints:0:PermitsPerMinute"] = "6",
        };
        if (freeQuota is { } quota)
        {
            settings["RateLimiting:PlanHourlyQuotas:free"] = quota.ToString();
        }
        return settings;
    }

    public static object Water() => new { amountMl = 200, drunkAt = DateTimeOffset.UtcNow.AddMinutes(-1) };
}
