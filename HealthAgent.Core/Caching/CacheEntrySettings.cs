namespace HealthAgent.Core.Caching;

/// <summary>How long each cache layer keeps an entry.</summary>
/// <param name="Memory">In-process lifetime; short, because another replica's write reaches this layer only through a removal notice.</param>
/// <param name="Shared">Lifetime in the shared store.</param>
/// <param name="MemoryOnly">Kept in process memory only, never written to Redis (for secrets' hashes).</param>
public sealed record CacheEntrySettings(TimeSpan Memory, TimeSpan Shared, bool MemoryOnly = false);
