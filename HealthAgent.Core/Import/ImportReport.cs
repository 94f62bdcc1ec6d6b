namespace HealthAgent.Core.Import;

/// <summary>A file of a user folder in the report.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Sha256">Its SHA-256 now.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Status"><c>read</c>; <c>unknown file</c> (checksummed, not read); or <c>not read</c> (see <paramref name="Problem"/>).</param>
/// <param name="Problem">Why it was not read.</param>
/// <param name="PreviousSha256">Its checksum at the last real import for this user, or null for a first import.</param>
public sealed record FileReport(string Name, string Sha256, long Bytes, string Status, string? Problem, string? PreviousSha256)
{
    /// <summary>Whether it changed since the last import (false for a first import).</summary>
    public bool ChangedSinceLastImport => PreviousSha256 is not null && PreviousSha256 != Sha256;
}

/// <summary>A fact written (or, in a dry run, that would be).</summary>
public sealed record FactReport(string Field, string Value, string From);

/// <summary>A memory written (or, in a dry run, that would be).</summary>
public sealed record MemoryReport(string Category, string Content, string From);

/// <summary>A line not imported, and why.</summary>
public sealed record LineReport(string From, string Text, string Reason);

/// <summary>A value in the files that differs from the one HealthAgent has: reported, never overwritten.</summary>
public sealed record ConflictReport(string Field, string InHealthAgent, string InFile, string From);

/// <summary>One user folder's outcome.</summary>
public sealed record UserReport(
    long TelegramId,
    Guid? UserId,
    bool UserCreated,
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<FactReport> FactsCreated,
    IReadOnlyList<MemoryReport> MemoriesCreated,
    IReadOnlyList<LineReport> Skipped,
    IReadOnlyList<ConflictReport> Conflicts,
    IReadOnlyList<LineReport> Attention)
{
    /// <summary>Whether a person should look: a conflict, a line or file not understood, or a file not read.</summary>
    public bool NeedsAttention => Conflicts.Count > 0 || Attention.Count > 0 || Files.Any(f => f.Status != "read");
}

/// <summary>Totals over every user.</summary>
public sealed record ImportTotals(int Users, int UsersCreated, int Files, int FactsCreated, int MemoriesCreated,
    IReadOnlyDictionary<string, int> Skipped, int Conflicts, int Attention, int UsersNeedingAttention);

/// <summary>The verification report of one run (docs/memory-import.md): JSON with <c>--report</c>, and a summary on the console.</summary>
/// <param name="DryRun">Whether nothing was written.</param>
/// <param name="Source">The folder read.</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Users">Each user folder, by Telegram id.</param>
/// <param name="UnknownEntries">What in the folder is not a user folder (a name that is not a Telegram id, a loose file).</param>
public sealed record ImportReport(bool DryRun, string Source, DateTimeOffset StartedAt, IReadOnlyList<UserReport> Users, IReadOnlyList<string> UnknownEntries)
{
    /// <summary>The exit codes: 0 all imported, 1 something needs attention, 2 bad arguments.</summary>
    public const int Imported = 0, NeedsAttention = 1, BadArguments = 2;

    /// <summary>The totals.</summary>
    public ImportTotals Totals => new(
        Users.Count, Users.Count(u => u.UserCreated), Users.Sum(u => u.Files.Count), Users.Sum(u => u.FactsCreated.Count),
        Users.Sum(u => u.MemoriesCreated.Count),
        Users.SelectMany(u => u.Skipped).GroupBy(s => s.Reason.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        Users.Sum(u => u.Conflicts.Count), Users.Sum(u => u.Attention.Count + u.Files.Count(f => f.Status != "read")), Users.Count(u => u.NeedsAttention));

    /// <summary>0 when everything was imported, 1 when something needs attention (an empty folder included).</summary>
    public int ExitCode => Users.Count == 0 || UnknownEntries.Count > 0 || Users.Any(u => u.NeedsAttention) ? NeedsAttention : Imported;
}
