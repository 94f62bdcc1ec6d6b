namespace HealthAgent.Core.Memory;

/// <summary>The outcome of remembering a fact.</summary>
/// <param name="Memory">The memory as stored.</param>
/// <param name="Merged">True when the fact restated an existing memory, which was updated instead of duplicated.</param>
public sealed record RememberResult(MemoryView Memory, bool Merged);
