using HealthAgent.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HealthAgent.Bot.Telegram;

/// <summary>
/// The <c>telegram</c> dependency: degraded with advice when no token is set, otherwise a <c>getMe</c> call under the
/// check's own timeout.
/// </summary>
public sealed class TelegramHealthCheck(ITelegramBotClient telegram, IOptions<TelegramOptions> options, TimeSpan timeout) : IHealthCheck
{
    private readonly GetMeProbe _probe = new(telegram, timeout);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        options.Value.IsConfigured
            ? _probe.CheckHealthAsync(context, cancellationToken)
            : Task.FromResult(HealthCheckResult.Degraded(TelegramNotConfiguredException.Advice));

    private sealed class GetMeProbe(ITelegramBotClient telegram, TimeSpan timeout) : DependencyHealthCheck(timeout)
    {
        protected override async Task<string> ProbeAsync(CancellationToken cancellationToken)
        {
            try
            {
                var me = await telegram.GetMe(cancellationToken);
                return $"getMe answered: @{me.Username}.";
            }
            catch (RequestException ex)
            {
                // Telegram.Bot's exception texts carry Telegram's description or the transport error, never the URL, so the token cannot leak into /health/deps.
                throw new InvalidOperationException(ex.Message);
            }
        }
    }
}
