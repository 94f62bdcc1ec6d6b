using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Api.Auth;

/// <summary>The shared keys, bound from the <c>Auth</c> section. Each is optional; a role whose key is unset cannot be used.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>The administrator's key (reaches every user).</summary>
    [MinLength(32, ErrorMessage = "Auth:AdminKey must have at least 32 characters.")]
    public string? AdminKey { get; set; }

    /// <summary>The key the Bot and the Worker use (reaches every user, on their behalf).</summary>
    [MinLength(32, ErrorMessage = "Auth:ServiceKey must have at least 32 characters.")]
    public string? ServiceKey { get; set; }

    /// <summary>Rejects keys that are malformed in ways a length check cannot see: whitespace (a copy-paste accident) or one key used for both roles.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, key) in new[] { (nameof(AdminKey), AdminKey), (nameof(ServiceKey), ServiceKey) })
        {
            if (key is not null && key.Any(char.IsWhiteSpace))
            {
                yield return new ValidationResult($"Auth:{name} must not contain whitespace.", [name]);
            }
        }
        if (AdminKey is { Length: > 0 } && AdminKey == ServiceKey)
        {
            yield return new ValidationResult("Auth:AdminKey and Auth:ServiceKey must differ, so that a leaked service key does not grant administration.", [nameof(AdminKey)]);
        }
    }
}
