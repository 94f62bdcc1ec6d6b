namespace HealthAgent.Bot.Telegram;

/// <summary>The Bot API answered <c>ok=false</c> (or an error status without the envelope).</summary>
public class TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null)
    : Exception($"Telegram {method} failed with {errorCode}: {description}")
{
    /// <summary>The Bot API method.</summary>
    public string Method { get; } = method;

    /// <summary>Telegram's <c>error_code</c> (an HTTP status).</summary>
    public int ErrorCode { get; } = errorCode;

    /// <summary>Telegram's <c>description</c>.</summary>
    public string Description { get; } = description;

    /// <summary>How long Telegram asked us to wait (429 only).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether trying again later can succeed: flood control and server errors.</summary>
    public bool IsTransient => ErrorCode is 429 or >= 500;
}
