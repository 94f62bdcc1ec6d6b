using HealthAgent.Agent.Voice;
using HealthAgent.Core.Conversations.Flows;
using HealthAgent.Contracts;
using HealthAgent.Contracts.Commands;
using HealthAgent.Agent.Photos;
using HealthAgent.Contracts.Conversations;
using HealthAgent.Api.RateLimiting;
using HealthAgent.Api.Auth;
using HealthAgent.Api.Contracts;
using HealthAgent.Agent;
using HealthAgent.Core.Conversations;
using HealthAgent.Core.Conversations.Photos;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HealthAgent.Api.Apis;

/// <summary>
/// The conversation: messages (text and photos), button presses, channel commands and clearing the history. The Bot
/// relays; the Api decides what a message means. Refusals answer 400 with a reply the Bot can show as it is.
/// </summary>
public static class ConversationsApi
{
    private const int MaxImageBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup("/api/v1/conversations/{userId:guid}")
            .RequireAuthorization(AuthExtensions.AnyCaller)
            .AddEndpointFilter<UserAccessFilter>()
            .WithTags("Conversations");
        conversations.MapPost("/messages", Message).WithName("SendMessage")
            .WithSummary("Answers a message (text, a photo, a photo with a caption, a shared location, or a voice note) with text, buttons and which brain answered.")
            // Photos arrive base64-encoded, larger than the Api's default body limit.
            .WithMetadata(new RequestSizeLimitAttribute(8 * 1024 * 1024))
            .RequireConversationRateLimit()
            .Produces<ConversationRefusal>(StatusCodes.Status400BadRequest, ConversationRefusal.MediaType);
        conversations.MapPost("/actions", Action).WithName("PressButton").WithSummary("Handles a pressed inline button by its action id.")
            .Produces<ConversationRefusal>(StatusCodes.Status400BadRequest, ConversationRefusal.MediaType);
        conversations.MapPost("/commands", Command).WithName("RunCommand").WithSummary("Answers a channel command: today, week, goals, streak, achievements, settings, timezone, help, start.")
            .Produces<ConversationRefusal>(StatusCodes.Status400BadRequest, ConversationRefusal.MediaType);
        conversations.MapDelete("/turns", Clear).WithName("ClearConversation").WithSummary("Removes the conversation history (memories stay).");
        return app;
    }

    private static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<ConversationRefusal>>> Message(
        Guid userId, MessageRequest request, ConversationService conversations, CancellationToken ct)
    {
        var text = request.Text?.Trim();
        if (text is { Length: > ConversationService.MaxMessageLength })
        {
            return Refuse($"That message is too long ({text.Length:N0} characters); please keep it under {ConversationService.MaxMessageLength:N0}.");
        }
        ImageInput? image = null;
        if (request.Image is { } payload)
        {
            var (decoded, problem) = Decode(payload);
            if (decoded is null)
            {
                return Refuse(problem!);
            }
            image = decoded;
        }
        GeoPoint? location = null;
        if (request.Location is { } shared)
        {
            if (shared.Latitude is < -90 or > 90 || shared.Longitude is < -180 or > 180 || !double.IsFinite(shared.Latitude) || !double.IsFinite(shared.Longitude))
            {
                return Refuse("That location is not on Earth: latitude is -90 to 90 and longitude -180 to 180.");
            }
            location = new GeoPoint(shared.Latitude, shared.Longitude);
        }
        AudioInput? voice = null;
        if (request.Voice is { } note)
        {
            var (decoded, problem) = Decode(note);
            if (decoded is null)
            {
                return Refuse(problem!);
            }
            voice = decoded;
        }
        if (image is null && location is null && voice is null && string.IsNullOrEmpty(text))
        {
            return Refuse("The message is empty. Tell me what you ate, or ask something like \"how many calories today?\".");
        }
        return TypedResults.Ok(ConversationResponses.From(await conversations.HandleMessageAsync(userId, text, image, MessageId(request.MessageId), ct, location, voice)));
    }

    private static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<ConversationRefusal>>> Action(
        Guid userId, ActionRequest request, IEnumerable<IConversationActionHandler> handlers, CancellationToken ct)
    {
        var action = request.Action?.Trim() ?? "";
        var prefix = action.Split(':', 2)[0];
        var handler = handlers.FirstOrDefault(h => string.Equals(h.Prefix, prefix, StringComparison.Ordinal));
        if (action.Length is 0 or > 64 || !action.Contains(':') || handler is null)
        {
            return Refuse("That button is not valid any more.");
        }
        return TypedResults.Ok(ConversationResponses.From(ConversationOutcome.Offline(await handler.HandleAsync(userId, action, ct))));
    }

    private static async Task<Results<Ok<ConversationResponse>, JsonHttpResult<ConversationRefusal>>> Command(
        Guid userId, CommandRequest request, ConversationService conversations, CancellationToken ct)
    {
        var outcome = request.Command is { Length: > 0 and <= CommandRequest.MaxCommandLength } command
            && request.Args is null or { Length: <= CommandRequest.MaxArgsLength }
            ? await conversations.HandleCommandAsync(userId, command, request.Args, ct)
            : null;
        return outcome is null
            // The same sentence as the Bot's for a command it does not know, so an admin command tells a non-admin nothing.
            ? Refuse(ChatCommands.UnknownCommandReply)
            : TypedResults.Ok(ConversationResponses.From(outcome));
    }

    private static async Task<NoContent> Clear(Guid userId, ConversationService conversations, CancellationToken ct)
    {
        await conversations.ClearAsync(userId, ct);
        return TypedResults.NoContent();
    }

    private static (ImageInput? Image, string? Problem) Decode(ReplyImage payload)
    {
        if (string.IsNullOrWhiteSpace(payload.Base64))
        {
            return (null, "The image is empty.");
        }
        var buffer = new byte[payload.Base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(payload.Base64.Trim(), buffer, out var length))
        {
            return (null, "The image is not valid base64.");
        }
        if (length > MaxImageBytes)
        {
            return (null, $"The image is too large; send one under {MaxImageBytes / 1024 / 1024} MB.");
        }
        // Trust the bytes, not the declared type: anything that is not a JPEG, PNG, GIF or WebP is refused.
        var mime = ImageInput.DetectMimeType(buffer.AsSpan(0, length));
        return mime is null
            ? (null, "That file is not an image I can read. Send a JPEG, PNG or WebP photo.")
            : (new ImageInput(buffer[..length], mime), null);
    }

    private static (AudioInput? Voice, string? Problem) Decode(VoiceNote payload)
    {
        if (!AudioInput.FileNames.ContainsKey(payload.MimeType ?? ""))
        {
            return (null, $"That voice note's format ({payload.MimeType}) is not one I can transcribe: send {string.Join(", ", AudioInput.FileNames.Keys)}.");
        }
        var buffer = new byte[(payload.Base64?.Length ?? 0) * 3 / 4 + 3];
        if (string.IsNullOrWhiteSpace(payload.Base64) || !Convert.TryFromBase64String(payload.Base64.Trim(), buffer, out var length) || length == 0)
        {
            return (null, "The voice note is empty or not valid base64.");
        }
        return length > AudioInput.MaxBytes
            ? (null, $"The voice note is too long; send one under {AudioInput.MaxBytes / 1024 / 1024} MB (a few minutes).")
            : (new AudioInput(buffer[..length], payload.MimeType!), null);
    }

    // Ids longer than the column allows cannot be Telegram's; they are ignored rather than refused.
    private static string? MessageId(string? id) => id?.Trim() is { Length: > 0 and <= 100 } trimmed ? trimmed : null;

    // A refusal is Problem Details, with the reply the Bot shows the user.
    private static JsonHttpResult<ConversationRefusal> Refuse(string text) =>
        TypedResults.Json(ConversationRefusal.Of(text), ContractsJsonContext.Default.ConversationRefusal, ConversationRefusal.MediaType, StatusCodes.Status400BadRequest);
}
