namespace HealthAgent.Core.Tracking;

/// <summary>Where a tracked entry came from.</summary>
public enum EntrySource
{
    /// <summary>The user logged it (chat, the API).</summary>
    User,

    /// <summary>The legacy memory import read it from the old files (docs/memory-import.md).</summary>
    Import,
}
