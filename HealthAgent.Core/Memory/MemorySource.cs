namespace HealthAgent.Core.Memory;

/// <summary>Where a memory came from.</summary>
public enum MemorySource
{
    /// <summary>The user asked the agent to remember it.</summary>
    User,

    /// <summary>The agent inferred it from the conversation.</summary>
    Agent,

    /// <summary>Imported from elsewhere.</summary>
    Import,
}
