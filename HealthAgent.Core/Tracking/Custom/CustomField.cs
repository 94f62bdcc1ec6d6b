namespace HealthAgent.Core.Tracking;

/// <summary>One field of a custom tracker.</summary>
/// <param name="Name">The field name, unique within the tracker (case-insensitive).</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Unit">For numbers, the unit shown with the value (for example <c>steps</c>).</param>
/// <param name="Min">Lowest allowed value (number: optional; scale: required, whole).</param>
/// <param name="Max">Highest allowed value (number: optional; scale: required, whole).</param>
/// <param name="MaxLength">For text, the longest allowed value (1–2000; default 500).</param>
/// <param name="Options">For choices, the allowed options (1–50, distinct ignoring case).</param>
/// <param name="Required">Whether every entry must have the field.</param>
public sealed record CustomField(
    string Name,
    CustomFieldType Type,
    string? Unit = null,
    double? Min = null,
    double? Max = null,
    int? MaxLength = null,
    IReadOnlyList<string>? Options = null,
    bool Required = true);
