namespace HealthAgent.Agent.Offline;

/// <summary>
/// What the offline brain made of a message: tool calls to run, or a direct reply (help, greeting, "I didn't get that").
/// <see cref="Focus"/> narrows the answer to what was asked (<c>protein</c> in "protein this week").
/// </summary>
public sealed record Understanding(IReadOnlyList<PlannedCall> Calls, string? Reply = null, string? Focus = null)
{
    /// <summary>Nothing was understood.</summary>
    public bool IsEmpty => Calls.Count == 0 && Reply is null;

    /// <summary>Nothing understood.</summary>
    public static readonly Understanding None = new([]);

    /// <summary>One call.</summary>
    public static Understanding Call(PlannedCall call, string? focus = null) => new([call], null, focus);

    /// <summary>A direct reply without tools.</summary>
    public static Understanding Say(string reply) => new([], reply);
}
