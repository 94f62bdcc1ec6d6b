extern alias apphost;
using apphost::HealthAgent.AppHost.Dashboard;
using apphost::HealthAgent.AppHost.Orchestration;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class DashboardPageTests
{
    [Fact]
    public void Render_ResourceWithMarkupInItsMessage_EncodesItAndLinksToItsLogs()
    {
        var resources = new[] { new ResourceSnapshot("api", "Project", "Running", "Unhealthy", "http://127.0.0.1:5000", 42, "<script>alert(1)</script>") };

        var html = DashboardPage.Render(resources, "http://127.0.0.1:18888");

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("href=\"/logs/api\"").And.Contain("<a href=\"http://127.0.0.1:5000\">").And.Contain("http-equiv=\"refresh\"");
    }
}
