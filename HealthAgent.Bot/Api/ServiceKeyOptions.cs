namespace HealthAgent.Bot.Api;

/// <summary>The <c>Auth</c> section: the service key the Bot presents to the Api and expects from the Worker.</summary>
public sealed class ServiceKeyOptions
{
    public const string Section = "Auth";

    public string? ServiceKey { get; set; }
}
