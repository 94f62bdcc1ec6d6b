namespace HealthAgent.Core.Common;

/// <summary>One page of a keyset-paginated list; pass <see cref="NextCursor"/> back to get the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
