namespace HealthAgent.Core.Caching;

/// <summary>A shared, rebuildable key-value store (Redis in production). Failures surface as exceptions; <see cref="HybridCache"/> absorbs them.</summary>
public interface ICacheStore
{
    /// <summary>The value at <paramref name="key"/>, or null.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> for <paramref name="timeToLive"/>.</summary>
    Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="key"/> and tells other processes to drop their in-memory copies.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="onRemoved"/> with each key another process removed.</summary>
    Task SubscribeToRemovalsAsync(Action<string> onRemoved, CancellationToken cancellationToken);
}
