using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.BadInput;

/// <summary>Findings 10 and 13: 401/403 are Problem Details with WWW-Authenticate; keys made with a user key die with it.</summary>
public sealed class AuthProblemTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task NoKey_AndABadKey_Are401ProblemDetails_WithWwwAuthenticateBearer()
    {
        var ada = await host.CreateUserAsync();
        using var anonymous = host.Client(null);
        using var wrong = host.Client("ha_nope_nope");

        var missing = await anonymous.GetAsync($"/api/v1/users/{ada.Id}");
        var bad = await wrong.GetAsync($"/api/v1/users/{ada.Id}");

        foreach (var response in new[] { missing, bad })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().Should().Be(401);
        }
        bad.Headers.WwwAuthenticate.Single().Parameter.Should().Contain("invalid_token");
    }

    [Fact]
    public async Task AUserKeyOnATrustedRoute_Is403ProblemDetails()
    {
        var ada = await host.CreateUserAsync();

        var response = await ada.Client.PostAsJsonAsync("/api/v1/users", new { telegramId = 99, displayName = "Eve" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Headers.WwwAuthenticate.Single().Parameter.Should().Contain("insufficient_scope");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task KeysMadeWithAUserKey_AreRevokedWithIt_AtAnyDepth()
    {
        var ada = await host.CreateUserAsync();
        var child = await CreateKeyAsync(ada.Client, ada.Id, "child");
        using var childClient = host.Client(child.Key);
        var grandchild = await CreateKeyAsync(childClient, ada.Id, "grandchild");
        using var grandchildClient = host.Client(grandchild.Key);
        var list = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/keys");
        var adasOwnKey = list.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "tests").GetProperty("id").GetGuid();
        (await grandchildClient.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        // A stolen key minted successors; revoking it (here with the service key) revokes them too.
        using var service = host.Client(ApiTestHost.ServiceKey);
        (await service.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{adasOwnKey}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await childClient.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await grandchildClient.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var serviceMade = await CreateKeyAsync(service, ada.Id, "from the bot");
        using var independent = host.Client(serviceMade.Key);
        (await independent.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "keys the service makes have no parent");
    }

    private static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient client, Guid userId, string name)
    {
        var body = await (await client.PostAsJsonAsync($"/api/v1/users/{userId}/keys", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("info").GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }
}
