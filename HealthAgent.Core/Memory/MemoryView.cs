namespace HealthAgent.Core.Memory;

/// <summary>A memory as the agent and the export see it.</summary>
public sealed record MemoryView(Guid Id, MemoryCategory Category, string Content, MemorySource Source, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Maps the entity.</summary>
    public static MemoryView Of(MemoryFact m) => new(m.Id, m.Category, m.Content, m.Source, m.CreatedAt, m.UpdatedAt);
}
