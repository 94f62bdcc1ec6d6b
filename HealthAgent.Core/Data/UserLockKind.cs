namespace HealthAgent.Core.Data;

/// <summary>What a <see cref="UserWriteLock"/> serialises; the value is the first key of the advisory lock, so never renumber one.</summary>
public enum UserLockKind
{
    /// <summary>Remembering a fact: the duplicate check and the cap on memories (<c>MemoryService.RememberAsync</c>).</summary>
    Memories = 1,

    /// <summary>Creating or changing a user tool: the hourly creations and the tool count (<c>UserToolService</c>).</summary>
    ToolChanges = 2,

    /// <summary>Running a user tool: the hourly runs (<c>UserToolService</c>).</summary>
    ToolRuns = 3,
}
