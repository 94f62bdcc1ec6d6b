using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Core.Privacy;

/// <summary>Registers export and deletion with the sections Core knows.</summary>
public static class PrivacyExtensions
{
    /// <summary>Adds <see cref="UserDataService"/> and the profile and food sections; other features add their own <see cref="IUserDataSection"/>.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services) =>
        services.AddScoped<UserDataService>()
            .AddScoped<IUserDataSection, ProfileSection>()
            .AddScoped<IUserDataSection, FoodSection>();
}
