extern alias apphost;
using apphost::HealthAgent.AppHost.Orchestration;
using apphost::HealthAgent.AppHost.Resources;
using HealthAgent.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class EnvironmentBuilderTests
{
    private const string Db = "Host=127.0.0.1;Port=5001;Username=postgres;Password=pw;Database=healthdb";
    private const string Redis = "127.0.0.1:6001,password=rpw";
    private readonly IReadOnlyList<Resource> _resources = TestGraph.HealthAgent();
    private readonly ResourceAddresses _addresses = new();

    public EnvironmentBuilderTests()
    {
        _addresses.ConnectionStrings[ResourceNames.HealthDb] = Db;
        _addresses.ConnectionStrings[ResourceNames.Redis] = Redis;
        _addresses.HttpEndpoints[ResourceNames.Api] = new Uri("http://127.0.0.1:7001");
        _addresses.HttpEndpoints[ResourceNames.Bot] = new Uri("http://127.0.0.1:7002");
        _addresses.HttpEndpoints[ResourceNames.Worker] = new Uri("http://127.0.0.1:7003");
    }

    [Fact]
    public void Build_Api_GetsDatabaseAndRedisConnectionStringsAndItsOwnUrl()
    {
        var environment = Build(ResourceNames.Api);

        environment.Should().Contain("ConnectionStrings__healthdb", Db)
            .And.Contain("ConnectionStrings__redis", Redis)
            .And.Contain("ASPNETCORE_URLS", "http://127.0.0.1:7001")
            .And.Contain("OTEL_SERVICE_NAME", "api")
            .And.NotContainKey("services__bot__http__0");
        environment.Keys.Should().NotContain(k => k.StartsWith("services__"), "the api references no other service");
    }

    [Fact]
    public void Build_Bot_GetsRedisAndTheApiEndpoint()
    {
        var environment = Build(ResourceNames.Bot);

        environment.Should().Contain("ConnectionStrings__redis", Redis)
            .And.Contain("services__api__http__0", "http://127.0.0.1:7001")
            .And.Contain("ASPNETCORE_URLS", "http://127.0.0.1:7002")
            .And.NotContainKey("ConnectionStrings__healthdb");
    }

    [Fact]
    public void Build_Worker_GetsDatabaseRedisAndTheBotEndpoint()
    {
        var environment = Build(ResourceNames.Worker);

        environment.Should().Contain("ConnectionStrings__healthdb", Db)
            .And.Contain("ConnectionStrings__redis", Redis)
            .And.Contain("services__bot__http__0", "http://127.0.0.1:7002")
            .And.Contain("ASPNETCORE_URLS", "http://127.0.0.1:7003");
    }

    [Fact]
    public void Build_AnyProject_SetsEnvironmentAndTelemetryIdentityButNoOtlpEndpointUnlessTheAppHostHasOne()
    {
        var environment = Build(ResourceNames.Api);

        environment.Should().Contain("ASPNETCORE_ENVIRONMENT", "Development").And.Contain("DOTNET_ENVIRONMENT", "Development");
        environment["OTEL_RESOURCE_ATTRIBUTES"].Should().MatchRegex("^service\\.instance\\.id=api-[0-9a-f]{32}$");
        environment.Should().NotContainKey("OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    [Fact]
    public void Build_AppHostWithOtlpEndpointAndEnvironment_PassesThemOn()
    {
        var environment = Build(ResourceNames.Worker, new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317",
            ["DOTNET_ENVIRONMENT"] = "Staging",
        });

        environment.Should().Contain("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317")
            .And.Contain("ASPNETCORE_ENVIRONMENT", "Staging");
    }

    private IReadOnlyDictionary<string, string> Build(string project, Dictionary<string, string?>? appHostSettings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(appHostSettings ?? []).Build();
        return new EnvironmentBuilder(_addresses, configuration).Build((ProjectResource)_resources.Named(project));
    }
}
