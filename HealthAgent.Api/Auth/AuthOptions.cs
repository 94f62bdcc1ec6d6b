using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Api.Auth;

/// <summary>The shared keys, bound from the <c>Auth</c> section. Each is optional; a role whose key is unset cannot be used.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The administrator's key (reaches every user).</summary>
    [MinLength(32, ErrorMessage = "Auth:AdminKey must have at least 32 characters.")]
    public string? AdminKey { get; set; }

    /// <summary>The key the Bot and the Worker use (reaches every user, on their behalf).</summary>
    [MinLength(32, ErrorMessage = "Auth:ServiceKey must have at least 32 characters.")]
    public string? ServiceKey { get; set; }
}
