namespace HealthAgent.Tests.Functional.RateLimiting;

/// <summary>Api settings that limit logging water: 3 at once, one more every 10 s.</summary>
public static class RateLimitSettings
{
    public const string WaterRoute = "POST /api/v1/users/{userId}/tracking/water";

    /// <param name="patientRedis">
    /// A generous Redis timeout, for tests about sharing through Redis: a new instance's first call connects, which on
    /// a loaded machine can outlast the default 250 ms and would (correctly) fall back to the in-process limiter.
    /// </param>
    public static Dictionary<string, string?> WaterBurstOfThree(int? freeQuota = null, bool patientRedis = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:RedisTimeout"] = patientRedis ? "00:00:05" : "00:00:00.250",
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
