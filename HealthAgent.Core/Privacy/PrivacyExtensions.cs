using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Core.Privacy;

/// <summary>Registers export and deletion with the sections Core knows.</summary>
public static class PrivacyExtensions
{
    /// <summary>Adds <see cref="UserDataService"/> and a section per feature; a new feature that stores user data adds its own <see cref="IUserDataSection"/>.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services) =>
        services.AddScoped<UserDataService>()
            .AddScoped<IUserDataSection, ProfileSection>()
            .AddScoped<IUserDataSection, FoodSection>()
            .AddScoped<IUserDataSection, TrackingSection>()
            .AddScoped<IUserDataSection, GamificationSection>()
            .AddScoped<IUserDataSection, ConversationSection>()
            .AddScoped<IUserDataSection, Tools.ToolSection>()
            .AddScoped<IUserDataSection, Import.ImportSection>();
}
