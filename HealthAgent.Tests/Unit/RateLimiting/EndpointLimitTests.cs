using HealthAgent.Api.RateLimiting;

namespace HealthAgent.Tests.Unit.RateLimiting;

public sealed class EndpointLimitTests
{
    [Theory]
    [InlineData("POST /api/v1/users/{userId:guid}/food", "POST /api/v1/users/{userId}/food")]
    [InlineData("post /api/v1/users/{userId}/keys/", "POST /api/v1/users/{userId}/keys")]
    [InlineData("GET /files/{**path}", "GET /files/{path}")]
    [InlineData("GET /items/{id:int?}", "GET /items/{id}")]
    public void Normalize_RoutesWithAndWithoutConstraints_Compare(string routed, string configured) =>
        EndpointLimit.Normalize(routed).Should().Be(EndpointLimit.Normalize(configured));
}
