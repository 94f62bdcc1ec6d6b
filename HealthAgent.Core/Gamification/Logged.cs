namespace HealthAgent.Core.Gamification;

/// <summary>A saved entry and the rewards saved with it.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Entry">The entry as stored.</param>
/// <param name="Award">XP, streaks and achievements of this entry; null when the request repeated an earlier one (nothing new was saved).</param>
public sealed record Logged<T>(T Entry, AwardResult? Award);
