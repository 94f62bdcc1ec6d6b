namespace HealthAgent.Core.Users;

/// <summary>
/// How a user sees body measurements and how a bare number they give is read. Stored figures are always metric; this
/// only changes what is shown and the unit assumed when none is said.
/// </summary>
public enum MeasurementSystem
{
    /// <summary>Kilograms and centimetres.</summary>
    Metric,

    /// <summary>Pounds, and feet and inches.</summary>
    Imperial,
}
