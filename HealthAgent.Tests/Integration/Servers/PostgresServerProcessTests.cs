using HealthAgent.Tests.Infrastructure.Servers;
using HealthAgent.Tests.Infrastructure;
using Npgsql;

namespace HealthAgent.Tests.Integration.Servers;

public sealed class PostgresServerProcessTests : IAsyncLifetime
{
    private readonly string _folder = TempFolder.Create("pg-server");
    private readonly string _password = Guid.NewGuid().ToString("N");
    private PostgresServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        _server = new PostgresServerProcess(new PostgresServerSettings(Path.Combine(_folder, "data"), FreePort.Next(), _password, Durable: false));
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        TempFolder.Delete(_folder);
    }

    [Fact]
    public async Task StartAsync_FreshFolder_AcceptsTheConfiguredPassword()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_user", connection);

        (await command.ExecuteScalarAsync()).Should().Be("postgres");
        _server.ProcessId.Should().NotBeNull("a running server has a postmaster.pid");
    }

    [Fact]
    public async Task StartAsync_WrongPassword_IsRejected()
    {
        var wrong = new NpgsqlConnectionStringBuilder(_server.ConnectionString("postgres")) { Password = "not-the-password" };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);

        var open = () => connection.OpenAsync();

        (await open.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InvalidPassword);
    }

    [Fact]
    public async Task CreateDatabaseAsync_CalledTwice_CreatesTheDatabaseOnce()
    {
        await _server.CreateDatabaseAsync("twice");
        await _server.CreateDatabaseAsync("twice");

        await using var connection = new NpgsqlConnection(_server.ConnectionString("twice"));
        await connection.OpenAsync();
        connection.Database.Should().Be("twice");
    }

    [Fact]
    public async Task StopThenStart_SameFolder_KeepsCommittedData()
    {
        await _server.CreateDatabaseAsync("kept");
        await ExecuteAsync("CREATE TABLE notes (text text); INSERT INTO notes VALUES ('survives a restart')");
        var pid = _server.ProcessId!.Value;

        await _server.StopAsync();
        // pg_ctl -w returns once the pid file is gone, which the postmaster removes a moment before it exits.
        (await ProcessTable.WaitUntilGoneAsync([pid], TimeSpan.FromSeconds(5))).Should().BeEmpty($"the postmaster {pid} should have stopped");
        _server = new PostgresServerProcess(_server.Settings with { Port = FreePort.Next() });
        await _server.StartAsync();

        (await ExecuteAsync("SELECT text FROM notes")).Should().Be("survives a restart");
    }

    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString("kept"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
