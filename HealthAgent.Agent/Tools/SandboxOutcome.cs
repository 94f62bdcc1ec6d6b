namespace HealthAgent.Agent.Tools;

/// <summary>What one check or run of a formula came to.</summary>
/// <param name="Value">The result (a finite number, or 1/0 for yes/no) when it succeeded.</param>
/// <param name="Refusal">Why it was refused, when it was.</param>
/// <param name="Message">A sentence for the user about the refusal.</param>
/// <param name="Duration">How long the sandbox took.</param>
public sealed record SandboxOutcome(double? Value, SandboxRefusal? Refusal, string? Message, TimeSpan Duration)
{
    /// <summary>Whether the formula was accepted (and, for a run, produced <see cref="Value"/>).</summary>
    public bool Succeeded => Refusal is null;
}
