namespace HealthAgent.Agent.Plugins;

/// <summary>The unit a weight is given in; omitted, the user's own measurement system decides (<see cref="ToolContext.Kilograms"/>).</summary>
public enum WeightUnit
{
    /// <summary>Kilograms.</summary>
    Kg,

    /// <summary>Pounds.</summary>
    Lb,
}
