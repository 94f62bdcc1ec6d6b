using HealthAgent.Contracts;
using HealthAgent.Contracts.Notifications;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAgent.Bot.Api;
using HealthAgent.Bot.Delivery;
using HealthAgent.Bot.Telegram;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace HealthAgent.Bot.Notifications;

/// <summary><c>POST /internal/notifications</c>: the Worker hands the Bot a message to deliver (service key required).</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/notifications", HandleAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<NotificationResult>, UnauthorizedHttpResult, BadRequest<string>, StatusCodeHttpResult, ProblemHttpResult>> HandleAsync(
        HttpContext context, NotificationSender sender, IOptions<ServiceKeyOptions> keys, ILoggerFactory loggers)
    {
        if (!Authorized(context.Request, keys.Value.ServiceKey))
        {
            return TypedResults.Unauthorized();
        }

        NotificationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, ContractsJsonContext.Default.NotificationRequest, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            return TypedResults.BadRequest($"The body is not a notification: {ex.Message}");
        }

        if (request is not { TelegramChatId: not 0, Text.Length: > 0, IdempotencyKey.Length: > 0 and <= 200 })
        {
            return TypedResults.BadRequest("telegramChatId, text and idempotencyKey (at most 200 characters) are required.");
        }

        if (request.Image is { } image && !IsImage(image))
        {
            return TypedResults.BadRequest("image needs base64 bytes and an image/* mimeType.");
        }

        try
        {
            return TypedResults.Ok(await sender.SendAsync(request, context.RequestAborted));
        }
        catch (RequestException ex) when (ex.IsChatBlocked())
        {
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }
        catch (Exception ex) when (ex is OutboundQueueFullException or TaskCanceledException or TelegramNotConfiguredException
            || ex is RequestException telegram && telegram.IsTransient())
        {
            var retryAfter = ex switch
            {
                OutboundQueueFullException full => full.Wait,
                RequestException failure when failure.RetryAfter() is { } wait => wait,
                _ => TimeSpan.FromSeconds(30),
            };
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            loggers.CreateLogger(typeof(NotificationsApi)).LogWarning("Notification not delivered now: {Reason}", TokenRedaction.Redact(ex.Message));
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (RequestException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Telegram refused the message.", detail: TokenRedaction.Redact(ex.Message));
        }
    }

    private static bool IsImage(Contracts.Conversations.ReplyImage image) =>
        image.MimeType?.StartsWith("image/", StringComparison.Ordinal) == true && image.Base64 is { Length: > 0 } base64
        && Convert.TryFromBase64String(base64, new byte[base64.Length * 3 / 4 + 3], out var length) && length > 0;

    private static bool Authorized(HttpRequest request, string? serviceKey)
    {
        var header = request.Headers.Authorization.ToString();
        return serviceKey is { Length: > 0 } && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(serviceKey)), SHA256.HashData(Encoding.UTF8.GetBytes(header[7..].Trim())));
    }
}
