using HealthAgent.Core.Memory;

namespace HealthAgent.Core.Import;

/// <summary>Where a line came from: <c>profile.md:12</c>.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The line, from 1.</param>
public sealed record LineRef(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A structured fact read from the files.</summary>
/// <param name="Kind">Where it goes.</param>
/// <param name="Value">The value as HealthAgent stores it (an IANA id, centimetres, kilograms, a year).</param>
/// <param name="Written">The text it was read from.</param>
/// <param name="From">The line.</param>
/// <param name="At">When it held: the file's last write (for a weight entry).</param>
public sealed record PlannedFact(FactKind Kind, string Value, string Written, LineRef From, DateTimeOffset At);

/// <summary>A memory read from the files.</summary>
/// <param name="Category">Its kind.</param>
/// <param name="Content">Its text (at most <see cref="MemoryService.MaxContentLength"/> characters).</param>
/// <param name="From">The line.</param>
public sealed record PlannedMemory(MemoryCategory Category, string Content, LineRef From);

/// <summary>A line that is not imported, and why: <c>placeholder</c>, <c>empty</c>, <c>template default</c>, <c>duplicate</c>.</summary>
/// <param name="From">The line.</param>
/// <param name="Text">The line as written.</param>
/// <param name="Reason">Why it is skipped.</param>
public sealed record SkippedLine(LineRef From, string Text, string Reason);

/// <summary>A line that needs a person: an unknown field, or a value that cannot be what its field holds.</summary>
/// <param name="From">The line.</param>
/// <param name="Text">The line as written.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record AttentionLine(LineRef From, string Text, string Problem);

/// <summary>What one legacy user folder comes to, before anything is compared with the database.</summary>
/// <param name="Facts">Structured facts, one per kind (the latest line wins).</param>
/// <param name="Memories">Memories, in file order, without repeats.</param>
/// <param name="Skipped">Lines that are not facts.</param>
/// <param name="Attention">Lines that need a person.</param>
public sealed record ImportPlan(IReadOnlyList<PlannedFact> Facts, IReadOnlyList<PlannedMemory> Memories, IReadOnlyList<SkippedLine> Skipped,
    IReadOnlyList<AttentionLine> Attention);
