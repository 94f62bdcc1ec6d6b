using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>
/// Typed calls to USDA FoodData Central over the named client <see cref="HttpClientName"/>, so the resilience pipeline
/// the host configures for that name (timeouts, retries, breaker) applies. Failures surface as exceptions;
/// <see cref="NutritionService"/> turns them into a fallback to the embedded table.
/// </summary>
public sealed class UsdaClient(IHttpClientFactory httpClientFactory, IOptionsMonitor<UsdaOptions> options)
{
    /// <summary>The name of the HttpClient, and of its resilience options and circuit breaker.</summary>
    public const string HttpClientName = "usda";

    /// <summary>The data types asked for: generic foods only, most analytical first; branded products are left out.</summary>
    public const string PreferredDataTypes = "Foundation,SR Legacy,Survey (FNDDS)";

    /// <summary>Searches foods matching <paramref name="query"/> (<c>GET foods/search</c>).</summary>
    /// <exception cref="InvalidOperationException">No API key is configured.</exception>
    public async Task<UsdaSearchResponse> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        var uri = "foods/search?query=" + Uri.EscapeDataString(query)
            + "&dataType=" + Uri.EscapeDataString(PreferredDataTypes)
            + "&pageSize=" + settings.PageSize.ToString(CultureInfo.InvariantCulture)
            + "&api_key=" + Uri.EscapeDataString(KeyOf(settings));
        using var response = await CreateClient().GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<UsdaSearchResponse>(cancellationToken)
            ?? throw new HttpRequestException("USDA answered a search with an empty body.");
    }

    /// <summary>The details of one food (<c>GET food/{fdcId}</c>), or null when USDA does not know the id.</summary>
    /// <exception cref="InvalidOperationException">No API key is configured.</exception>
    public async Task<UsdaFood?> GetFoodAsync(long fdcId, CancellationToken cancellationToken = default)
    {
        var uri = "food/" + fdcId.ToString(CultureInfo.InvariantCulture) + "?api_key=" + Uri.EscapeDataString(KeyOf(options.CurrentValue));
        using var response = await CreateClient().GetAsync(uri, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<UsdaFood>(cancellationToken);
    }

    private HttpClient CreateClient() => httpClientFactory.CreateClient(HttpClientName);

    private static string KeyOf(UsdaOptions settings) => settings.IsConfigured
        ? settings.ApiKey!
        : throw new InvalidOperationException($"No USDA API key is configured ({UsdaOptions.Section}:{nameof(UsdaOptions.ApiKey)}).");
}
