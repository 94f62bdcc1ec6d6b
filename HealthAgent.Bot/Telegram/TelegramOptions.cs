using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace HealthAgent.Bot.Telegram;

/// <summary>The <c>Telegram</c> section: how the Bot reaches the Bot API and receives updates.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>The token from @BotFather. Without it the Bot runs, receives nothing and reports <c>telegram</c> degraded.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server (scheme, host and port): the official one, a local <c>telegram-bot-api</c> server or an emulator.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    /// <summary>The public HTTPS address Telegram posts updates to; when set, webhook mode replaces long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>; required in webhook mode.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The local path the webhook endpoint listens on.</summary>
    [Required]
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>How long one <c>getUpdates</c> call may wait for updates.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>The pause after an empty batch that came back at once (servers that ignore <c>timeout</c>), so polling never spins.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan EmptyPollDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many chats are handled at the same time; one chat's updates are always handled in order.</summary>
    [Range(1, 256)]
    public int MaxParallelChats { get; set; } = 8;

    /// <summary>The least time between two messages to one chat (Telegram: about one per second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages per second the bot sends overall (Telegram: 30).</summary>
    [Range(1, 1000)]
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>The longest a message may wait in the outbound queue; beyond it the queue counts as saturated.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxQueueDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times Telegram.Bot repeats a request answered with 429, each after waiting <c>retry_after</c>.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>
    /// The longest <c>retry_after</c> waited out inside a call; a longer one fails the call with it, and the update
    /// (or the Worker's notification, through 503 and <c>Retry-After</c>) is retried after that wait instead.
    /// </summary>
    [Range(0, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>The first wait before an update is retried while the Api is unavailable; it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts of an update.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a token is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Whether updates arrive by webhook rather than long polling.</summary>
    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !TokenShape().IsMatch(BotToken!.Trim()))
        {
            yield return new ValidationResult(
                "Telegram:BotToken is not a token from @BotFather: it looks like 123456789:AA… (the bot id, a colon, the secret).",
                [nameof(BotToken)]);
        }

        // Telegram.Bot keeps only the scheme and authority and adds /bot<token>/<method> itself.
        if (ApiBaseUrl is not { IsAbsoluteUri: true, AbsolutePath: "/", Query: "", Fragment: "" } || ApiBaseUrl.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                "Telegram:ApiBaseUrl must be an http(s) server address without a path, such as http://127.0.0.1:8081.", [nameof(ApiBaseUrl)]);
        }

        if (UsesWebhook && (string.IsNullOrWhiteSpace(WebhookSecret) || WebhookSecret.Length > 256
            || !WebhookSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            yield return new ValidationResult(
                "Telegram:WebhookSecret must be set (1–256 characters A–Z, a–z, 0–9, _ and -) when Telegram:WebhookUrl is set.",
                [nameof(WebhookSecret)]);
        }
    }

    [GeneratedRegex(@"^[0-9]{1,16}:\S+$")]
    private static partial Regex TokenShape();
}
