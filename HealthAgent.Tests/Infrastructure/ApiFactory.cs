using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Hosts the real Api in memory against the given PostgreSQL and Redis servers.</summary>
public sealed class ApiFactory(string? healthDb, string? redis, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:healthdb", healthDb ?? "");
        builder.UseSetting("ConnectionStrings:redis", redis ?? "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
