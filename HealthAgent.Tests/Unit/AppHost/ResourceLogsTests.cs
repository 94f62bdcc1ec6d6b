extern alias apphost;
using apphost::HealthAgent.AppHost.Orchestration;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class ResourceLogsTests
{
    [Fact]
    public void Write_MoreThanCapacity_KeepsTheNewestLinesAndPrintsEachWithItsPrefix()
    {
        var console = new StringWriter();
        var logs = new ResourceLogs(console, useColor: false);

        for (var i = 1; i <= ResourceLogs.Capacity + 20; i++)
        {
            logs.Write("api", $"line {i}");
        }

        logs.Lines("api").Should().HaveCount(ResourceLogs.Capacity).And.StartWith("line 21").And.EndWith($"line {ResourceLogs.Capacity + 20}");
        console.ToString().Should().StartWith("[api] line 1" + Environment.NewLine);
        logs.Lines("bot").Should().BeEmpty();
    }
}
