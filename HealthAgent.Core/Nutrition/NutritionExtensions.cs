using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Parsing;
using HealthAgent.Core.Nutrition.Table;
using HealthAgent.Core.Nutrition.Usda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthAgent.Core.Nutrition;

/// <summary>Registers nutrition lookups.</summary>
public static class NutritionExtensions
{
    /// <summary>
    /// Adds <see cref="NutritionService"/>, the embedded food table and the USDA client with <see cref="UsdaOptions"/> bound
    /// from the <c>Usda</c> section. Needs an <c>IConfiguration</c> and a <see cref="Caching.AppCache"/> (<c>AddHybridCache</c>).
    /// </summary>
    /// <returns>The builder of the <c>usda</c> HttpClient, so the host can add its resilience settings.</returns>
    public static IHttpClientBuilder AddNutrition(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<UsdaOptions>().BindConfiguration(UsdaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => FoodTable.LoadEmbedded());
        services.TryAddSingleton<FoodMatcher>();
        services.TryAddSingleton<FoodPhraseParser>();
        services.TryAddSingleton<MealSentenceSplitter>();
        services.TryAddSingleton<UsdaClient>();
        services.TryAddSingleton<NutritionService>();
        return services.AddHttpClient(UsdaClient.HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<UsdaOptions>>().Value;
            var baseUrl = options.BaseUrl.ToString();
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.RequestTimeout;
        });
    }
}
