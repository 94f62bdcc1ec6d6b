using HealthAgent.Contracts.Notifications;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>Sends notifications through the Bot's <c>POST /internal/notifications</c>, authenticated with the service key.</summary>
/// <param name="http">A client whose base address is the Bot.</param>
/// <param name="serviceKey">The shared service key (<c>Auth:ServiceKey</c>).</param>
public sealed class NotificationClient(HttpClient http, string serviceKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Sends one notification; never throws for HTTP or network failures, only for cancellation.</summary>
    public async Task<NotificationResult> SendAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "internal/notifications")
        {
            Content = JsonContent.Create(request, options: Json),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", serviceKey);
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
                long? id = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("messageId", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : null;
                return new NotificationResult(NotificationOutcome.Delivered, id);
            }
            var status = (int)response.StatusCode;
            return response.StatusCode switch
            {
                HttpStatusCode.Gone => new NotificationResult(NotificationOutcome.Blocked, Error: "410 the user blocked the bot"),
                HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError =>
                    new NotificationResult(NotificationOutcome.Retry, RetryAfter: RetryAfter(response), Error: $"{status} from the Bot"),
                _ => new NotificationResult(NotificationOutcome.Rejected, Error: $"{status} from the Bot"),
            };
        }
        // Network errors, bodies that do not parse, and the resilience handler's own refusals (an open circuit, its
        // timeouts) all mean "try again later"; only the caller's cancellation propagates.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return new NotificationResult(NotificationOutcome.Retry, Error: e.GetType().Name + ": " + e.Message);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
