using System.Globalization;
using HealthAgent.Core.Common;

namespace HealthAgent.Api.Contracts;

/// <summary>Reads an ISO 8601 time that may or may not carry an offset.</summary>
public static class EatenAtParser
{
    /// <summary>An instant when the text has an offset (or Z), otherwise a local wall-clock time; (null, null) when empty.</summary>
    public static (DateTimeOffset? Instant, DateTime? Local) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return (instant, null);
        }
        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        throw DomainValidationException.For("eatenAt", "Use ISO 8601, e.g. '2026-11-22T08:30' (your local time) or '2026-11-22T07:30Z'.");
    }
}
