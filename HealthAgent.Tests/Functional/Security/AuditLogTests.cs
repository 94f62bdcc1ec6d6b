using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Functional.Security;

public sealed class AuditLogTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private sealed record Row(string Action, string ActorRole, Guid? ActorUserId, string Outcome, int StatusCode, string? ClientIp, string? RequestId);

    // Rows are written once each response has completed, so a test waits briefly for the count it expects.
    private async Task<List<Row>> RowsAsync(Guid subject, int expected = 1)
    {
        var rows = await ReadAsync(subject);
        for (var attempt = 0; attempt < 50 && rows.Count < expected; attempt++)
        {
            await Task.Delay(100);
            rows = await ReadAsync(subject);
        }
        return rows;
    }

    private async Task<List<Row>> ReadAsync(Guid subject)
    {
        await using var connection = new NpgsqlConnection(host.Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action, actor_role, actor_user_id, outcome, status_code, client_ip, request_id FROM audit_log WHERE subject_user_id = $1 ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter { Value = subject } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetString(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return rows;
    }

    [Fact]
    public async Task KeyLifecycleExportAndDeletion_AreAuditedWithWhoAndOutcome()
    {
        var ada = await host.CreateUserAsync();
        var created = await ada.Client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/keys", new { name = "second" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var keyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("info").GetProperty("id").GetGuid();
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{keyId}")).EnsureSuccessStatusCode();
        (await ada.Client.DeleteAsync($"/api/v1/users/{ada.Id}/keys/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ada.Client.GetAsync($"/api/v1/users/{ada.Id}/export")).EnsureSuccessStatusCode();
        using var service = host.Client(ApiTestHost.ServiceKey);
        (await service.DeleteAsync($"/api/v1/users/{ada.Id}?confirm=DELETE")).IsSuccessStatusCode.Should().BeTrue();

        var rows = await RowsAsync(ada.Id, expected: 6);

        // Rows are written as each response completes, so two quick calls may land in either order.
        rows.Select(r => r.Action).Should().BeEquivalentTo(["api_key.create", "api_key.create", "api_key.revoke", "api_key.revoke", "data.export", "account.delete"]);
        rows.Should().ContainSingle(r => r.Action == "api_key.create" && r.ActorRole == "service", "the test host's helper created the first key with the service key");
        rows.Should().ContainSingle(r => r.Action == "api_key.create" && r.ActorRole == "user" && r.ActorUserId == ada.Id && r.Outcome == "success" && r.StatusCode == 201);
        rows.Should().ContainSingle(r => r.Action == "api_key.revoke" && r.ActorRole == "user" && r.Outcome == "success" && r.StatusCode == 200);
        rows.Should().ContainSingle(r => r.Action == "api_key.revoke" && r.ActorRole == "user" && r.Outcome == "failure" && r.StatusCode == 404);
        rows.Should().ContainSingle(r => r.Action == "account.delete" && r.ActorRole == "service" && r.Outcome == "success");
        rows.Should().OnlyContain(r => !string.IsNullOrEmpty(r.RequestId));
    }

    [Fact]
    public async Task AdminKey_AnyCall_IsAudited()
    {
        var ada = await host.CreateUserAsync();
        using var admin = host.Client(ApiTestHost.AdminKey);

        (await admin.GetAsync($"/api/v1/users/{ada.Id}")).EnsureSuccessStatusCode();

        (await RowsAsync(ada.Id, expected: 2)).Should().Contain(r => r.Action == "admin.get" && r.ActorRole == "admin" && r.Outcome == "success");
    }
}
