using HealthAgent.Contracts.Commands;
using HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HealthAgent.Bot.Updates;

/// <summary>
/// Receives updates: registers the webhook when <c>Telegram:WebhookUrl</c> is set, long-polls otherwise. The offset
/// moves past a batch only after the dispatcher handled it, and the batch is finished before the service stops.
/// </summary>
public sealed class TelegramReceiver(
    ITelegramBotClient telegram, UpdateDispatcher dispatcher, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramReceiver> logger)
    : BackgroundService
{
    /// <summary>The update kinds the Bot handles; Telegram does not send the others.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>Telegram's command menu: the shared catalogue, so the Bot, the Api and the menu never disagree.</summary>
    public static readonly IReadOnlyList<BotCommand> Commands = [.. ChatCommands.Menu.Select(command => new BotCommand(command.Name, command.Description))];

    private readonly TelegramOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.IsConfigured)
        {
            logger.LogWarning("Not receiving updates. {Advice}", TelegramNotConfiguredException.Advice);
            return;
        }

        await Task.Yield();
        if (!await PrepareAsync(stoppingToken) || _options.UsesWebhook)
        {
            return;
        }

        await PollAsync(stoppingToken);
    }

    // Sets or removes the webhook (polling and a webhook exclude each other), retrying until Telegram answers.
    private async Task<bool> PrepareAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                if (_options.UsesWebhook)
                {
                    await telegram.SetWebhook(_options.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: _options.WebhookSecret,
                        cancellationToken: stoppingToken);
                    logger.LogInformation("Receiving updates by webhook at {Path}.", _options.WebhookPath);
                }
                else
                {
                    await telegram.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
                    logger.LogInformation("Receiving updates by long polling.");
                }

                break;
            }
            catch (Exception ex) when (ex is RequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Telegram is not reachable yet ({Reason}).", TokenRedaction.Redact(ex.Message));
                if (!await PauseAsync(Backoff(attempt), stoppingToken))
                {
                    return false;
                }
            }
        }

        try
        {
            await telegram.SetMyCommands(Commands, cancellationToken: stoppingToken);
        }
        catch (RequestException ex)
        {
            // The menu is a convenience; every command works without it.
            logger.LogInformation("setMyCommands failed: {Reason}", TokenRedaction.Redact(ex.Message));
        }

        return !stoppingToken.IsCancellationRequested;
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            Update[] batch;
            try
            {
                batch = await telegram.GetUpdates(offset, 100, _options.PollingTimeoutSeconds, AllowedUpdates, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RequestException or TaskCanceledException)
            {
                logger.LogWarning("getUpdates failed ({Reason}); trying again.", TokenRedaction.Redact(ex.Message));
                var wait = (ex as RequestException)?.RetryAfter() ?? Backoff(failures++);
                if (!await PauseAsync(wait, stoppingToken))
                {
                    break;
                }

                continue;
            }

            if (batch.Length == 0)
            {
                // A server that ignores the long-poll timeout answers at once; pausing keeps us from spinning on it.
                if (time.GetElapsedTime(started) < _options.EmptyPollDelay && !await PauseAsync(_options.EmptyPollDelay, stoppingToken))
                {
                    break;
                }

                continue;
            }

            // Not cancelled by stoppingToken once started: the batch is finished (or left for redelivery) before we stop.
            offset = await dispatcher.DispatchBatchAsync(batch, stoppingToken);
        }
    }

    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        return delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
    }
}
