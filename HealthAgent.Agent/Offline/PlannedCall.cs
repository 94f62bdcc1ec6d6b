namespace HealthAgent.Agent.Offline;

/// <summary>A tool call the offline brain decided on.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Arguments">Its arguments (strings, numbers, booleans).</param>
public sealed record PlannedCall(string Tool, IReadOnlyDictionary<string, object?> Arguments)
{
    /// <summary>A call with the given name and arguments (pairs of name and value; null values are left out).</summary>
    public static PlannedCall Of(string tool, params (string Name, object? Value)[] arguments) =>
        new(tool, arguments.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => a.Value));
}
