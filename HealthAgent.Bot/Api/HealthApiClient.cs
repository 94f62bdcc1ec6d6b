using HealthAgent.Contracts.Users;
using HealthAgent.Contracts;
using HealthAgent.Contracts.Conversations;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using HealthAgent.ServiceDefaults;
using Microsoft.Extensions.Caching.Memory;

namespace HealthAgent.Bot.Api;

/// <summary>
/// The Bot's calls to the Api through the named client <c>api</c> (service key, resilience, discovery). Failures are
/// split into "try again later" (<see cref="ApiUnavailableException"/>) and "will never work" (<see cref="ApiRejectedException"/>).
/// </summary>
public sealed class HealthApiClient(IHttpClientFactory clients, IMemoryCache cache)
{
    private static readonly ApiJsonContext Json = ApiJsonContext.Default;
    private static readonly MemoryCacheEntryOptions UserEntry = new() { SlidingExpiration = TimeSpan.FromHours(12) };

    /// <summary>Creates or finds the user of a Telegram account; the id is cached, the Api's answer is idempotent.</summary>
    public async Task<Guid> EnsureUserAsync(long telegramId, string displayName, string? language, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(telegramId), out Guid known))
        {
            return known;
        }

        var created = await SendAsync(HttpMethod.Post, "api/v1/users",
            JsonContent.Create(new CreateUserRequest(telegramId, displayName, language), ContractsJsonContext.Default.CreateUserRequest), Json.CreatedUser, cancellationToken);
        cache.Set(CacheKey(telegramId), created.Id, UserEntry);
        return created.Id;
    }

    /// <summary>Forgets a cached user, after the user was deleted.</summary>
    public void Forget(long telegramId) => cache.Remove(CacheKey(telegramId));

    public Task<ConversationResponse> SendMessageAsync(Guid userId, MessageRequest request, CancellationToken cancellationToken) =>
        ConverseAsync($"api/v1/conversations/{userId}/messages", JsonContent.Create(request, ContractsJsonContext.Default.MessageRequest), cancellationToken);

    public Task<ConversationResponse> SendActionAsync(Guid userId, string action, CancellationToken cancellationToken) =>
        ConverseAsync($"api/v1/conversations/{userId}/actions", JsonContent.Create(new ActionRequest(action), ContractsJsonContext.Default.ActionRequest), cancellationToken);

    public Task<ConversationResponse> SendCommandAsync(Guid userId, string command, string? args, CancellationToken cancellationToken) =>
        ConverseAsync($"api/v1/conversations/{userId}/commands",
            JsonContent.Create(new CommandRequest(command, args), ContractsJsonContext.Default.CommandRequest), cancellationToken);

    // A refusal (400 Problem Details with a reply: an empty or too long message, an unknown command) is shown to the user.
    private async Task<ConversationResponse> ConverseAsync(string path, HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(HttpMethod.Post, path, content, ContractsJsonContext.Default.ConversationResponse, cancellationToken);
        }
        catch (ApiRejectedException ex) when (ex.Status == 400 && Refusal(ex.Body) is { } refusal)
        {
            return new ConversationResponse(refusal.Reply, "offline", "refused", []);
        }
    }

    private static ConversationRefusal? Refusal(byte[]? body)
    {
        try
        {
            return body is null ? null : System.Text.Json.JsonSerializer.Deserialize(body, ContractsJsonContext.Default.ConversationRefusal);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public async Task ClearTurnsAsync(Guid userId, CancellationToken cancellationToken) =>
        await SendRawAsync(HttpMethod.Delete, $"api/v1/conversations/{userId}/turns", null, cancellationToken);

    public async Task<byte[]> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        await SendRawAsync(HttpMethod.Get, $"api/v1/users/{userId}/export", null, cancellationToken);

    public async Task DeleteUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await SendRawAsync(HttpMethod.Delete, $"api/v1/users/{userId}?confirm=DELETE", null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var body = await SendRawAsync(method, path, content, cancellationToken);
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(body, type)
                ?? throw new ApiRejectedException(200, $"{path} answered an empty body.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ApiRejectedException(200, $"{path} answered a body the Bot cannot read ({ex.Message}).");
        }
    }

    private async Task<byte[]> SendRawAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ResourceNames.Api);
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = content };
            response = await client.SendAsync(request, cancellationToken);
        }
        // ExecutionRejectedException covers the resilience handler's open circuit and its timeouts.
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.ExecutionRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ApiUnavailableException($"The Api did not answer {method} {path}: {ex.Message}", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            var text = System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)));
            if (response.StatusCode is HttpStatusCode.TooManyRequests)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10);
                throw new ApiUnavailableException(string.Create(CultureInfo.InvariantCulture, $"The Api rate-limited {method} {path} for {wait.TotalSeconds:0} s."),
                    rateLimitedFor: wait);
            }
            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout)
            {
                throw new ApiUnavailableException(string.Create(CultureInfo.InvariantCulture, $"The Api answered {status} to {method} {path}: {text}"));
            }

            throw new ApiRejectedException(status, $"{method} {path}: {text}", body);
        }
    }

    private static string CacheKey(long telegramId) => $"bot:user:{telegramId}";
}
