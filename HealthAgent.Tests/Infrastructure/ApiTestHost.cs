using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// The real Api over a fresh PostgreSQL database and a private Redis for one test class, with helpers to act as the
/// service (Bot/Worker) or as a user with their own API key.
/// </summary>
public sealed class ApiTestHost : IAsyncLifetime
{
    public const string ServiceKey = "test-service-key-0123456789abcdefghijklmnopqrstuvwxyz";
    public const string AdminKey = "test-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";

    public PostgresDatabaseFixture Postgres { get; } = new();
    public RedisFixture Redis { get; } = new();
    public ApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Postgres.InitializeAsync();
        await Redis.InitializeAsync();
        Factory = CreateFactory();
        Factory.CreateClient().Dispose();
    }

    /// <summary>Another Api instance over the same database and Redis (a second replica).</summary>
    public ApiFactory CreateFactory(IDictionary<string, string?>? settings = null)
    {
        // Tests talk faster than people; the limits themselves are tested with their defaults in RateLimiting/ and ConversationRateLimitTests.
        var all = new Dictionary<string, string?>
        {
            ["Auth:ServiceKey"] = ServiceKey, ["Auth:AdminKey"] = AdminKey,
            ["RateLimiting:Conversation:Burst"] = "1000", ["RateLimiting:Conversation:PermitsPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        return new ApiFactory(Postgres.ConnectionString, Redis.ConnectionString, all);
    }

    /// <summary>A client authenticated with <paramref name="key"/> (none when null).</summary>
    public HttpClient Client(string? key, ApiFactory? factory = null)
    {
        var client = (factory ?? Factory).CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    /// <summary>Registers a new user through the service key and gives them an API key.</summary>
    /// <remarks>Telegram ids have at most 52 significant bits, so JSON clients read them exactly.</remarks>
    public async Task<TestUser> CreateUserAsync(string name = "Ada", string? timeZone = null)
    {
        using var service = Client(ServiceKey);
        var created = await service.PostAsJsonAsync("/api/v1/users", new { telegramId = Random.Shared.NextInt64(1, 1L << 52), displayName = name });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (timeZone is not null)
        {
            (await service.PatchAsJsonAsync($"/api/v1/users/{id}", new { timeZone })).EnsureSuccessStatusCode();
        }
        var key = await service.PostAsJsonAsync($"/api/v1/users/{id}/keys", new { name = "tests" });
        key.EnsureSuccessStatusCode();
        var text = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return new TestUser(id, text, Client(text));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

/// <summary>A user created for a test, with a client that carries their own key.</summary>
public sealed record TestUser(Guid Id, string Key, HttpClient Client);
