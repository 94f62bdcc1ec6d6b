using System.Collections.Concurrent;

namespace HealthAgent.Core.Auth;

/// <summary>
/// When this process last recorded each key's use, so that <c>api_keys.last_used_at</c> is written at most once per
/// key and interval by this replica, by exactly one of the requests that arrive together. A singleton.
/// </summary>
public sealed class ApiKeyUsage
{
    private readonly ConcurrentDictionary<Guid, long> _recorded = new();

    /// <summary>True for the one caller that should record a use of <paramref name="keyId"/> at <paramref name="now"/>.</summary>
    public bool ShouldRecord(Guid keyId, DateTimeOffset now, TimeSpan interval)
    {
        var ticks = now.UtcTicks;
        while (true)
        {
            if (!_recorded.TryGetValue(keyId, out var last))
            {
                if (_recorded.TryAdd(keyId, ticks))
                {
                    return true;
                }
                continue;
            }
            if (ticks - last < interval.Ticks)
            {
                return false;
            }
            if (_recorded.TryUpdate(keyId, ticks, last))
            {
                return true;
            }
        }
    }
}
