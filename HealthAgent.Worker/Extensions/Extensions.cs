using HealthAgent.Core.Caching;
using HealthAgent.Core.Charts;
using HealthAgent.Core.Data;
using HealthAgent.Core.Reminders;
using HealthAgent.Core.Reminders.Dispatch;
using HealthAgent.Core.Reminders.Housekeeping;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.ServiceDefaults.Health;
using HealthAgent.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace HealthAgent.Worker.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHealthAgentNpgsql(ResourceNames.HealthDb, critical: true);
        builder.AddHealthAgentRedis(ResourceNames.Redis, critical: false);
        // The Worker reads the schema the Api migrates; it never applies migrations itself.
        builder.AddHealthDbContext();
        // The weekly summary reads the week and draws its chart through Core's services, which cache profiles and goals.
        builder.Services.AddAppCache().AddCharts();
        RequiredService.Check(builder.Configuration, ResourceNames.Bot);
        builder.Services.AddHttpClient(ResourceNames.Bot, client => client.BaseAddress = new Uri($"https+http://{ResourceNames.Bot}"))
            .AddCircuitBreakerHealthCheck();
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Bot,
            (sp, timeout) => new HttpHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), ResourceNames.Bot, timeout), critical: false);
        builder.AddReminderJobs();
        return builder;
    }

    private static void AddReminderJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkerAuthOptions>().BindConfiguration(WorkerAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddReminders();
        builder.Services.AddSingleton(sp => new NotificationClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ResourceNames.Bot),
            sp.GetRequiredService<IOptions<WorkerAuthOptions>>().Value.ServiceKey!));
        builder.Services.AddOptions<WeeklySummaryOptions>().BindConfiguration(WeeklySummaryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReminderDispatcher>().AddSingleton<DailySummarySender>().AddSingleton<WeeklySummarySender>().AddSingleton<DeliveryRetention>();
        builder.Services.AddScoped<DayEndSettler>();
        builder.Services.AddHostedService<ReminderDispatchJob>();
        builder.Services.AddHostedService<DailySummaryJob>();
        builder.Services.AddHostedService<WeeklySummaryJob>();
        builder.Services.AddHostedService<StreakMaintenanceJob>();
        builder.Services.AddHostedService<DeliveryRetentionJob>();
    }
}
