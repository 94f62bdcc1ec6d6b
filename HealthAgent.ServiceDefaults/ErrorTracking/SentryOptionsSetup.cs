using HealthAgent.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sentry.AspNetCore;
using Sentry.Extensibility;

namespace HealthAgent.ServiceDefaults.ErrorTracking;

/// <summary>
/// Sets the SDK's options after it has bound the <c>Sentry</c> section, so that what protects users' data cannot be
/// turned back on from configuration: no default PII, no request bodies, no outgoing-request instrumentation (it would
/// record Telegram URLs, which carry the bot token), no transactions (OpenTelemetry traces), and every event and
/// breadcrumb through our scrubbers.
/// </summary>
internal sealed class SentryOptionsSetup(
    IOptions<ErrorTrackingOptions> options, IHostEnvironment environment, ServiceIdentity identity,
    IHttpContextAccessor httpContexts) : IPostConfigureOptions<SentryAspNetCoreOptions>
{
    public void PostConfigure(string? name, SentryAspNetCoreOptions sentry)
    {
        var settings = options.Value;
        sentry.Dsn = settings.Dsn?.Trim();
        sentry.Environment = environment.EnvironmentName;
        sentry.Release = identity.Version;
        sentry.MaxBreadcrumbs = settings.MaxBreadcrumbs;
        sentry.ShutdownTimeout = settings.ShutdownTimeout;

        sentry.SendDefaultPii = false;
        sentry.MaxRequestBodySize = RequestSize.None;
        sentry.IncludeActivityData = false;
        sentry.DisableSentryHttpMessageHandler = true;
        sentry.CaptureFailedRequests = false;
        sentry.EnableLogs = false;

        sentry.TracesSampleRate = 0.0;
        sentry.TracesSampler = null;
        sentry.AutoRegisterTracing = false;
        sentry.SetBeforeSendTransaction(_ => null);

        // Our filter samples, after the SDK's own checks, so that every event it sees is counted as sent or dropped.
        sentry.SampleRate = null;
        var filter = new ErrorEventFilter(httpContexts, settings.SampleRate, Random.Shared.NextDouble);
        sentry.SetBeforeSend(filter.BeforeSend);
        sentry.SetBeforeBreadcrumb(BreadcrumbScrubber.Scrub);
    }
}
