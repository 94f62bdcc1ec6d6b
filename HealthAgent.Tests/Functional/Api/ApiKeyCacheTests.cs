using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Api;

/// <summary>
/// Verified keys are served from process memory; revocation must still take effect at once on every replica, and the
/// key's last use must still be recorded.
/// </summary>
public sealed class ApiKeyCacheTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task AKeyRevokedOnOneReplica_IsRefusedByAnotherThatHadItCached()
    {
        var ada = await host.CreateUserAsync();
        await using var replica = host.CreateFactory();
        using var onReplica = host.Client(ada.Key, replica);
        (await onReplica.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "the replica now holds the verified key");
        using var service = host.Client(ApiTestHost.ServiceKey);
        var keys = await service.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/keys");
        var keyId = keys.EnumerateArray().Single().GetProperty("id").GetGuid();

        (await service.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{keyId}")).EnsureSuccessStatusCode();

        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.Unauthorized; attempt++)
        {
            status = (await onReplica.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode;
            await Task.Delay(20);
        }
        status.Should().Be(HttpStatusCode.Unauthorized, "the revocation is announced to every replica, which drops its copy");
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "and the revoking replica at once");
    }

    [Fact]
    public async Task AKeyServedFromMemory_StillRecordsItsLastUse()
    {
        var ada = await host.CreateUserAsync();
        for (var i = 0; i < 3; i++)
        {
            (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}")).EnsureSuccessStatusCode();
        }

        var keys = await ada.Client.GetFromJsonAsync<JsonElement>($"/api/v1/users/{ada.Id}/keys");

        keys.EnumerateArray().Single().GetProperty("lastUsedAt").ValueKind.Should().Be(JsonValueKind.String);
    }
}
