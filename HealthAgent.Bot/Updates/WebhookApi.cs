using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthAgent.Bot.Telegram;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HealthAgent.Bot.Updates;

/// <summary>The webhook Telegram posts updates to; answered 200 only once the update is handled, so Telegram redelivers otherwise.</summary>
public static class WebhookApi
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value.WebhookPath;
        app.MapPost(path, HandleAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest<string>, NotFound, StatusCodeHttpResult>> HandleAsync(
        HttpRequest request, UpdateDispatcher dispatcher, IOptions<TelegramOptions> options, IHostApplicationLifetime lifetime)
    {
        var settings = options.Value;
        if (!settings.UsesWebhook || !settings.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        if (!SameSecret(settings.WebhookSecret, request.Headers[SecretHeader].ToString()))
        {
            return TypedResults.Unauthorized();
        }

        Update? update;
        try
        {
            // Telegram.Bot's own settings: snake_case names, Unix dates, its converters for the polymorphic types.
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, request.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return TypedResults.BadRequest($"Not an Update: {ex.Message}");
        }

        if (update is null)
        {
            return TypedResults.BadRequest("Not an Update.");
        }

        return await dispatcher.DispatchOneAsync(update, lifetime.ApplicationStopping)
            ? TypedResults.Ok()
            : TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static bool SameSecret(string? expected, string presented) =>
        expected is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
