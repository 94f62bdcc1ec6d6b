namespace HealthAgent.Core.Tracking;

/// <summary>One page of entries, newest first.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Items">The entries.</param>
/// <param name="NextCursor">Pass it back for the next page; null on the last page.</param>
public sealed record EntryPage<T>(IReadOnlyList<T> Items, string? NextCursor);
