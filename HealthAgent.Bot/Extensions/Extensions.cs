using System.Net.Http.Headers;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Notifications;
using HealthAgent.Bot.Rendering;
using HealthAgent.Bot.Telegram;
using HealthAgent.Bot.Updates;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.ServiceDefaults.Health;
using HealthAgent.ServiceDefaults.Resilience;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace HealthAgent.Bot.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHealthAgentRedis(ResourceNames.Redis, critical: true);
        RequiredService.Check(builder.Configuration, ResourceNames.Api);
        builder.Services.AddOptions<ServiceKeyOptions>().BindConfiguration(ServiceKeyOptions.Section);
        builder.Services.AddHttpClient(ResourceNames.Api, (sp, client) =>
        {
            client.BaseAddress = new Uri($"https+http://{ResourceNames.Api}");
            if (sp.GetRequiredService<IOptions<ServiceKeyOptions>>().Value.ServiceKey is { Length: > 0 } key)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
        }).AddCircuitBreakerHealthCheck();
        // The Bot keeps updates and retries them while the Api is down, so the Api is not critical to the Bot's readiness.
        builder.Services.AddHealthChecks().AddDependencyCheck(ResourceNames.Api,
            (sp, timeout) => new HttpHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), ResourceNames.Api, timeout), critical: false);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<HealthApiClient>();
        builder.AddTelegram();
        return builder;
    }

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapTelegramWebhook();
        app.MapNotificationsApi();
        return app;
    }

    private static void AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboundRateLimiter>();
        builder.Services.AddHttpClient(BotClientFactory.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(90)) // long polls wait up to 50 s
            // The services that send hold their client for the life of the process: connections are renewed instead.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            // No generic retries: Telegram.Bot honours Telegram's own retry_after (BotClientFactory), and a blind retry of
            // sendMessage could send a message twice. The breaker stays: after 5 consecutive failures calls fail fast for 30 s
            // and the work is kept to retry.
            .ConfigureResilience(options =>
            {
                options.MaxRetryAttempts = 0;
                options.AttemptTimeout = TimeSpan.FromSeconds(80);
                options.TotalTimeout = TimeSpan.FromSeconds(80);
                options.BreakerFailureThreshold = 5;
                options.BreakDuration = TimeSpan.FromSeconds(30);
            })
            .AddCircuitBreakerHealthCheck()
            // The default HttpClient logs print request URLs, which carry the token.
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
                BotClientFactory.Create(http, sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<OutboundRateLimiter>()));
        builder.Services.AddSingleton<ChatStatus>();
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<ReplySender>();
        builder.Services.AddSingleton<ProcessedUpdates>();
        builder.Services.AddSingleton<IUpdateHandler, UpdateHandler>();
        builder.Services.AddSingleton<UpdateDispatcher>();
        builder.Services.AddSingleton<NotificationSender>();
        builder.Services.AddHostedService<TelegramUrlRedactor>();
        builder.Services.AddHostedService<TelegramReceiver>();
        builder.Services.AddHealthChecks().AddDependencyCheck("telegram",
            (sp, timeout) => new TelegramHealthCheck(sp.GetRequiredService<ITelegramBotClient>(), sp.GetRequiredService<IOptions<TelegramOptions>>(), timeout),
            critical: false);
    }
}
