using HealthAgent.Core.Conversations;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Privacy;
using HealthAgent.Core.Reminders.Completion;
using HealthAgent.Core.Reminders.Dispatch;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Core.Reminders;

/// <summary>Registers reminders; needs the pooled <see cref="Data.HealthDbContext"/> (<c>AddHealthData</c>).</summary>
public static class RemindersExtensions
{
    /// <summary>
    /// Adds <see cref="ReminderService"/>, the <c>reminder</c> button handler, the export section
    /// and the validated <see cref="ReminderDispatchOptions"/> (section <c>Reminders:Dispatch</c>).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddGamification();
        services.AddOptions<ReminderDispatchOptions>().BindConfiguration(ReminderDispatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<ReminderService>();
        services.AddScoped<IConversationActionHandler, ReminderActionHandler>();
        services.AddScoped<IUserDataSection, ReminderSection>();
        return services;
    }
}
