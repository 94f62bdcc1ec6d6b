using HealthAgent.ServiceDefaults.Discovery;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.Tests.Unit.Discovery;

public sealed class ServiceEndpointResolverTests
{
    private const string Https = "https://127.0.0.1:7001";
    private const string Http = "http://127.0.0.1:5001";

    [Fact]
    public void Resolve_HttpsPlusHttpWithBothConfigured_PrefersHttps()
    {
        var resolver = Resolver(("services:api:https:0", Https), ("services:api:http:0", Http));

        resolver.Resolve(new Uri("https+http://api/v1/users?page=2")).Should().Be(new Uri("https://127.0.0.1:7001/v1/users?page=2"));
    }

    [Fact]
    public void Resolve_HttpsPlusHttpWithOnlyHttp_FallsBackToHttp()
    {
        var resolver = Resolver(("services:api:http:0", Http));

        resolver.Resolve(new Uri("https+http://api/v1/users")).Should().Be(new Uri("http://127.0.0.1:5001/v1/users"));
    }

    [Fact]
    public void Resolve_PlainHttp_UsesOnlyTheHttpEndpoint()
    {
        var resolver = Resolver(("services:api:https:0", Https), ("services:api:http:0", Http));

        resolver.Resolve(new Uri("http://api/health")).Should().Be(new Uri("http://127.0.0.1:5001/health"));
    }

    [Fact]
    public void Resolve_PlainHttpsWithOnlyHttp_ThrowsNamingTheHttpsKey()
    {
        var resolver = Resolver(("services:api:http:0", Http));

        var resolve = () => resolver.Resolve(new Uri("https://api/health"));

        resolve.Should().Throw<InvalidOperationException>()
            .WithMessage("No endpoint is configured for service 'api': set services__api__https__0.");
    }

    [Fact]
    public void Resolve_HostWithoutServicesSection_PassesThroughUntouched()
    {
        var resolver = Resolver(("services:api:http:0", Http));
        var uri = new Uri("http://example.com:8080/path?q=1");

        resolver.Resolve(uri).Should().BeSameAs(uri);
    }

    [Fact]
    public void Resolve_HttpsPlusHttpWithNothingConfigured_ThrowsNamingTheMissingKeys()
    {
        var resolver = Resolver();

        var resolve = () => resolver.Resolve(new Uri("https+http://api"));

        resolve.Should().Throw<InvalidOperationException>()
            .WithMessage("No endpoint is configured for service 'api': set services__api__https__0 or services__api__http__0.");
    }

    [Fact]
    public void Resolve_KeysInAnotherCase_StillResolves()
    {
        var resolver = Resolver(("Services:API:HTTP:0", Http));

        resolver.Resolve(new Uri("https+http://Api/x")).Should().Be(new Uri("http://127.0.0.1:5001/x"));
    }

    [Fact]
    public void Resolve_EnvironmentVariableStyleKeys_Resolve()
    {
        Environment.SetEnvironmentVariable("HATEST_services__api__http__0", Http);
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables("HATEST_").Build();

            new ServiceEndpointResolver(configuration).Resolve(new Uri("https+http://api/x"))
                .Should().Be(new Uri("http://127.0.0.1:5001/x"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HATEST_services__api__http__0", null);
        }
    }

    [Fact]
    public void Resolve_EndpointThatIsNotAUri_ThrowsNamingTheKey()
    {
        var resolver = Resolver(("services:api:http:0", "not a uri"));

        var resolve = () => resolver.Resolve(new Uri("http://api/"));

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*services__api__http__0*");
    }

    private static ServiceEndpointResolver Resolver(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build());
}
