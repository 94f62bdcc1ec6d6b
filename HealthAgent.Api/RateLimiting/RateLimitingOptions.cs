using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Api.RateLimiting;

/// <summary>Rate limits, bound from the <c>RateLimiting</c> section.</summary>
public sealed class RateLimitingOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Whether limits apply at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per user on the conversation endpoint (policy <c>conversation</c>): 10 per minute, burst 5.</summary>
    [Required]
    public BucketLimit Conversation { get; set; } = new() { PermitsPerMinute = 10, Burst = 5 };

    /// <summary>Per caller and endpoint limits (<c>RateLimiting:Endpoints:0:Route</c> = <c>POST /api/v1/users/{userId}/food</c> …).</summary>
    public List<EndpointLimit> Endpoints { get; set; } = [];

    /// <summary>Requests per hour per user, across all endpoints, by plan (<c>free</c>, <c>basic</c>, <c>premium</c>).</summary>
    public Dictionary<string, int> PlanHourlyQuotas { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["free"] = 300,
        ["basic"] = 1_000,
        ["premium"] = 5_000,
    };

    /// <summary>How long a Redis call may take before the in-process limiter decides instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05")]
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Validates the nested limits too, which data annotations alone do not reach.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var nested = new List<(string Name, object Value)> { ("Conversation", Conversation) };
        nested.AddRange(Endpoints.Select((e, i) => ($"Endpoints:{i}", (object)e)));
        foreach (var (name, value) in nested)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"{Section}:{name}: {result.ErrorMessage}", result.MemberNames.Select(m => $"{name}:{m}"));
            }
        }
        foreach (var (plan, quota) in PlanHourlyQuotas.Where(p => p.Value < 1))
        {
            yield return new ValidationResult($"{Section}:PlanHourlyQuotas:{plan} must be at least 1 (it is {quota}).");
        }
    }
}
