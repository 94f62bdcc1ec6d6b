namespace HealthAgent.Core.Caching;

/// <summary>How long each cache layer keeps an entry.</summary>
/// <param name="Memory">In-process lifetime; short, because another replica's write reaches this layer only through a removal notice.</param>
/// <param name="Shared">Lifetime in the shared store.</param>
public sealed record CacheEntrySettings(TimeSpan Memory, TimeSpan Shared);
