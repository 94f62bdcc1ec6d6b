using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sentry.AspNetCore;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>Error tracking with Sentry for every service (ADR-023).</summary>
public static class ErrorTrackingExtensions
{
    /// <summary>
    /// Validates <see cref="ErrorTrackingOptions"/> and, only when <c>Sentry:Dsn</c> is set on an ASP.NET Core host,
    /// registers the Sentry SDK: its middleware captures unhandled request exceptions, its logger provider captures
    /// errors logged with <c>LogError</c>/<c>LogCritical</c>, and <see cref="SentryOptionsSetup"/> makes every event
    /// pass <see cref="ErrorEventFilter"/>. Call it after the console logging is set up, which clears the providers.
    /// </summary>
    public static IHostApplicationBuilder AddErrorTracking(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ErrorTrackingOptions>().BindConfiguration(ErrorTrackingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ErrorTrackingOptions.Section).Get<ErrorTrackingOptions>() ?? new ErrorTrackingOptions();
        // Without a DSN nothing of the SDK is registered, so it cannot initialise or send. Console tools that build a
        // plain host (import-memory) have no requests to watch and get no SDK either. Invalid settings register nothing
        // too: the SDK would fail on them while the host is built, before validation names the setting.
        if (!options.Enabled || builder is not WebApplicationBuilder web
            || !Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true))
        {
            return builder;
        }
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IPostConfigureOptions<SentryAspNetCoreOptions>, SentryOptionsSetup>();
        web.WebHost.UseSentry();
        return builder;
    }
}
