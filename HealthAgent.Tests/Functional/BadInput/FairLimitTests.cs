using System.Net;
using System.Net.Http.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.BadInput;

/// <summary>Finding 9: limits are counted against the authenticated principal once ownership is known.</summary>
public sealed class FairLimitTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task AKeyUsedOnAnotherUsersId_CountsAgainstItsOwner_NotThem_AndHeadersDoNotTellWhetherTheyExist()
    {
        await using var api = host.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PlanHourlyQuotas:free"] = "5" });
        var mallory = await host.CreateUserAsync("Mallory");
        var bob = await host.CreateUserAsync("Bob");
        using var attacker = host.Client(mallory.Key, api);
        using var victim = host.Client(bob.Key, api);

        var probes = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            probes.Add(await attacker.GetAsync($"/api/v1/users/{bob.Id}/goals"));
        }
        var onReal = await (await host.CreateUserAsync("Carol")).Client.GetAsync($"/api/v1/users/{bob.Id}/goals");
        var unknownA = await attacker.GetAsync($"/api/v1/users/{Guid.NewGuid()}/goals");
        var bobsOwn = await victim.GetAsync($"/api/v1/users/{bob.Id}/goals");

        probes.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.NotFound || r.StatusCode == HttpStatusCode.TooManyRequests);
        probes.Should().Contain(r => r.StatusCode == HttpStatusCode.TooManyRequests, "Mallory's own quota of 5 is used up");
        bobsOwn.StatusCode.Should().Be(HttpStatusCode.OK, "Bob's quota was never touched");
        unknownA.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "an unknown id is counted exactly like a real one");
        onReal.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RemainingHeader_IsTheSame_ForAnotherUsersIdAndAnUnknownId()
    {
        var mallory = await host.CreateUserAsync("Mallory");
        var bob = await host.CreateUserAsync("Bob");

        var real = await mallory.Client.GetAsync($"/api/v1/users/{bob.Id}/goals");
        var unknown = await mallory.Client.GetAsync($"/api/v1/users/{Guid.NewGuid()}/goals");

        int Remaining(HttpResponseMessage r) => int.Parse(r.Headers.GetValues("X-RateLimit-Remaining").Single());
        Remaining(unknown).Should().Be(Remaining(real) - 1, "both count against Mallory, one after the other");
    }
}
