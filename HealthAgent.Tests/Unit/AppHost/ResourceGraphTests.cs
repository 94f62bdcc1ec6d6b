extern alias apphost;
using apphost::HealthAgent.AppHost.Orchestration;
using apphost::HealthAgent.AppHost.Resources;
using HealthAgent.ServiceDefaults;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class ResourceGraphTests
{
    [Fact]
    public void StartOrder_HealthAgentGraph_PutsEveryResourceAfterWhatItWaitsFor()
    {
        var order = ResourceGraph.StartOrder(TestGraph.HealthAgent()).Select(r => r.Name).ToList();

        order.Should().Equal(ResourceNames.Postgres, ResourceNames.HealthDb, ResourceNames.Redis, ResourceNames.Api, ResourceNames.Bot, ResourceNames.Worker);
    }

    [Fact]
    public void StartOrder_DeclaredBeforeItsDependency_StillStartsAfterIt()
    {
        var builder = TestGraph.Builder();
        var late = builder.AddRedis("late");
        var early = builder.AddRedis("early");
        late.WaitFor(early);

        ResourceGraph.StartOrder(builder.Resources).Select(r => r.Name).Should().Equal("early", "late");
    }

    [Fact]
    public void StartOrder_WaitCycle_ThrowsNamingTheCycle()
    {
        var builder = TestGraph.Builder();
        var a = builder.AddRedis("a");
        var b = builder.AddRedis("b");
        var c = builder.AddRedis("c");
        a.WaitFor(b);
        b.WaitFor(c);
        c.WaitFor(a);

        var order = () => ResourceGraph.StartOrder(builder.Resources);

        order.Should().Throw<ResourceCycleException>()
            .Which.Message.Should().Be("Resources wait for each other in a cycle (a -> b -> c -> a): remove one of these WaitFor calls.");
    }

    [Fact]
    public void AddDatabase_WaitsForItsServer()
    {
        var resources = TestGraph.HealthAgent();

        resources.Named(ResourceNames.HealthDb).WaitsFor.Should().ContainSingle().Which.Should().BeSameAs(resources.Named(ResourceNames.Postgres));
    }

    [Fact]
    public void AddResource_DuplicateName_Throws()
    {
        var builder = TestGraph.Builder();
        builder.AddRedis("same");

        var again = () => builder.AddPostgres("same");

        again.Should().Throw<InvalidOperationException>().WithMessage("*'same' already exists*");
    }
}
