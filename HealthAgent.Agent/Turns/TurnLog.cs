namespace HealthAgent.Agent.Turns;

/// <summary>
/// The functions called in one turn, in order, written by <see cref="FunctionCallFilter"/> as each finishes: the
/// offline brain words its answer from them, and when the LLM fails after functions ran they tell the user what was done.
/// </summary>
public sealed class TurnLog
{
    private readonly List<CalledFunction> _calls = [];

    /// <summary>The calls so far.</summary>
    public IReadOnlyList<CalledFunction> Calls => _calls;

    /// <summary>Adds a finished call.</summary>
    public void Add(CalledFunction call) => _calls.Add(call);
}
