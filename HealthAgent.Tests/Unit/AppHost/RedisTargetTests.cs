extern alias apphost;
using apphost::HealthAgent.AppHost.Runners;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class RedisTargetTests
{
    [Theory]
    [InlineData("127.0.0.1:6380,password=secret", "127.0.0.1", 6380, "secret")]
    [InlineData("localhost:6379", "127.0.0.1", 6379, null)]
    [InlineData("cache.internal,ssl=false,Password=p=w", "cache.internal", 6379, "p=w")]
    public void Parse_AspireConnectionString_ReadsHostPortAndPassword(string connectionString, string host, int port, string? password)
    {
        var target = RedisTarget.Parse(connectionString, "ConnectionStrings__redis");

        target.Should().Be(new RedisTarget(host, port, password, "ConnectionStrings__redis"));
    }
}
