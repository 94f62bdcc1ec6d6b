using HealthAgent.Tests.Infrastructure.Servers;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Servers;

public sealed class RedisServerProcessTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task StartAsync_WithPassword_AnswersPingWithThePassword()
    {
        var problem = await RespPing.TryAsync("127.0.0.1", redis.Server.Settings.Port, redis.Server.Settings.Password, Timeout);

        problem.Should().BeNull();
        redis.ConnectionString.Should().Be($"127.0.0.1:{redis.Server.Settings.Port},password={redis.Server.Settings.Password}");
    }

    [Fact]
    public async Task StartAsync_WithPassword_RefusesClientsWithoutIt()
    {
        var withoutPassword = await RespPing.TryAsync("127.0.0.1", redis.Server.Settings.Port, null, Timeout);
        var wrongPassword = await RespPing.TryAsync("127.0.0.1", redis.Server.Settings.Port, "wrong", Timeout);

        withoutPassword.Should().Contain("NOAUTH");
        wrongPassword.Should().Contain("WRONGPASS");
    }

    [Fact]
    public async Task StopAsync_RunningServer_LeavesNoProcess()
    {
        var folder = TempFolder.Create("redis-stop");
        var server = new RedisServerProcess(new RedisServerSettings(folder, FreePort.Next(), "secret"));
        await server.StartAsync();
        var pid = server.ProcessId!.Value;

        await server.StopAsync();

        (await ProcessTable.WaitUntilGoneAsync([pid], TimeSpan.FromSeconds(5))).Should().BeEmpty($"redis-server {pid} should have exited");
        server.ProcessId.Should().BeNull();
        FreePort.IsTaken(server.Settings.Port).Should().BeFalse("the port is released");
        TempFolder.Delete(folder);
    }
}
