using System.ComponentModel.DataAnnotations;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>Settings of the USDA FoodData Central client, bound from the <c>Usda</c> configuration section.</summary>
public sealed class UsdaOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Usda";

    /// <summary>The api.data.gov key; without one, USDA is not called and the embedded table answers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API root, ending with a slash.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.nal.usda.gov/fdc/v1/");

    /// <summary>How long search results stay in the shared cache.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many search results to ask for.</summary>
    [Range(1, 200)]
    public int PageSize { get; set; } = 10;

    /// <summary>
    /// The outer bound of one call through <c>HttpClient.Timeout</c>; the resilience pipeline's shorter timeouts normally
    /// end a slow call first, this only guards a client registered without one.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a key is set, so USDA is wanted.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not { IsAbsoluteUri: true } || BaseUrl.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult($"{Section}:{nameof(BaseUrl)} must be an absolute http or https URL.", [nameof(BaseUrl)]);
        }
    }
}
