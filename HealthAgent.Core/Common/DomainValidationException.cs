namespace HealthAgent.Core.Common;

/// <summary>Input broke a domain rule; <see cref="Errors"/> names each bad field. The Api answers 400 with these errors.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    /// <summary>Messages per field name (camelCase, as in the API).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>One bad field.</summary>
    public static DomainValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
