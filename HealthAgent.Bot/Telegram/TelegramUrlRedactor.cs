using System.Diagnostics;

namespace HealthAgent.Bot.Telegram;

/// <summary>
/// Rewrites the URL tags of HttpClient spans so that the bot token, which the Bot API puts in the path, never reaches
/// a trace exporter. Runs for the life of the process as a hosted service.
/// </summary>
public sealed class TelegramUrlRedactor : IHostedService, IDisposable
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = source => source.Name == "System.Net.Http",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
        ActivityStarted = Redact,
        ActivityStopped = Redact,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        ActivitySource.AddActivityListener(_listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _listener.Dispose();

    private static void Redact(Activity activity)
    {
        foreach (var tag in UrlTags)
        {
            if (activity.GetTagItem(tag) is string url && url.Contains("/bot", StringComparison.Ordinal))
            {
                activity.SetTag(tag, TokenRedaction.Redact(url));
            }
        }
    }
}
