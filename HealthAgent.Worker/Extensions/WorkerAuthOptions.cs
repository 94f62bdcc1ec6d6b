using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Worker.Extensions;

/// <summary>The key the Worker presents to the Bot's internal endpoints, bound from <c>Auth</c>.</summary>
internal sealed class WorkerAuthOptions
{
    public const string Section = "Auth";

    [Required(ErrorMessage = "Auth:ServiceKey is required: the Worker authenticates to the Bot with it.")]
    [MinLength(32, ErrorMessage = "Auth:ServiceKey must have at least 32 characters.")]
    public string? ServiceKey { get; set; }
}
