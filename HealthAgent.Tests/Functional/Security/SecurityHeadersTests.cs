using System.Net;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Security;

public sealed class SecurityHeadersTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/v1/users/00000000-0000-0000-0000-000000000001", HttpStatusCode.Unauthorized)]
    [InlineData("/no/such/route", HttpStatusCode.NotFound)]
    public async Task Response_OfAnyKind_CarriesTheSecurityHeaders(string path, HttpStatusCode expected)
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(expected);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task SwaggerUi_GetsAPolicyThatLetsItsOwnScriptsRun()
    {
        using var client = host.Client(null);

        using var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
    }
}
