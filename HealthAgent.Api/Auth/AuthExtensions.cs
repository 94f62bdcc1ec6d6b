using Microsoft.AspNetCore.Authentication;

namespace HealthAgent.Api.Auth;

/// <summary>Registers API-key authentication and the policies the endpoints use.</summary>
public static class AuthExtensions
{
    public const string AnyCaller = "any";
    public const string Trusted = "trusted";
    public const string AdminOnly = "admin";

    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(ApiRoles.Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiRoles.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AnyCaller, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Trusted, policy => policy.RequireRole(ApiRoles.Admin, ApiRoles.Service))
            .AddPolicy(AdminOnly, policy => policy.RequireRole(ApiRoles.Admin));
        return services;
    }
}
