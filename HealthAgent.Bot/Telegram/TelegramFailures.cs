using Telegram.Bot.Exceptions;

namespace HealthAgent.Bot.Telegram;

/// <summary>
/// What a failed Bot API call means for the caller. Telegram.Bot throws <see cref="ApiRequestException"/> when Telegram
/// answered with an error, and a plain <see cref="RequestException"/> when no readable answer came (network, timeout,
/// open circuit, a body without Telegram's envelope).
/// </summary>
public static class TelegramFailures
{
    /// <summary>Whether trying again later can succeed: flood control, server errors, no answer at all.</summary>
    /// <remarks>An unreadable 200 is not transient: Telegram did what was asked, and asking again could send a message twice.</remarks>
    public static bool IsTransient(this RequestException exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode is 429 or >= 500,
        { HttpStatusCode: { } status } => (int)status is 408 or 429 or >= 500,
        _ => true,
    };

    /// <summary>403: the user blocked the bot or left the chat; sending again is pointless until they write to us.</summary>
    public static bool IsChatBlocked(this RequestException exception) => exception is ApiRequestException { ErrorCode: 403 };

    /// <summary>How long Telegram asked us to wait (429 only).</summary>
    public static TimeSpan? RetryAfter(this RequestException exception) =>
        exception is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : null;
}
