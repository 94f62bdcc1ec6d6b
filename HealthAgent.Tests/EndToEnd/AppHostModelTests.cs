using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HealthAgent.AppHost.Hosting;
using HealthAgent.AppHost.LocalServers;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>The AppHost's resource graph, read without starting it: the published manifest and the services' environment.</summary>
public sealed class AppHostModelTests
{
    [Fact]
    public async Task Manifest_InPublishMode_DescribesPostgresRedisAndTheServicesWithTheirReferences()
    {
        var output = Path.Combine(TempFolder.Create("manifest"), "aspire-manifest.json");
        try
        {
            var (exitCode, log) = await RunAppHostAsync("--publisher", "manifest", "--output-path", output);
            exitCode.Should().Be(0, log);

            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var resources = manifest.RootElement.GetProperty("resources");
            Type(resources, ResourceNames.Postgres).Should().Be("container.v0", "publishing describes a real PostgreSQL");
            resources.GetProperty(ResourceNames.Postgres).GetProperty("image").GetString().Should().Contain("postgres");
            Type(resources, ResourceNames.HealthDb).Should().Be("value.v0");
            resources.GetProperty(ResourceNames.HealthDb).GetProperty("connectionString").GetString().Should().Contain("{postgres.connectionString}");
            Type(resources, ResourceNames.Redis).Should().Be("container.v0");
            Type(resources, "service-key").Should().Be("parameter.v0");
            Environment(resources, ResourceNames.Api).Should().Contain(new Dictionary<string, string>
            {
                ["ConnectionStrings__healthdb"] = "{healthdb.connectionString}",
                ["ConnectionStrings__redis"] = "{redis.connectionString}",
                ["Auth__ServiceKey"] = "{service-key.value}",
            });
            Environment(resources, ResourceNames.Bot).Should().Contain("services__api__http__0", "{api.bindings.http.url}")
                .And.Contain("ConnectionStrings__redis", "{redis.connectionString}");
            Environment(resources, ResourceNames.Worker).Should().Contain("services__bot__http__0", "{bot.bindings.http.url}")
                .And.Contain("ConnectionStrings__healthdb", "{healthdb.connectionString}");
            foreach (var (parameter, service, variable) in PublishedSecrets.All)
            {
                Type(resources, parameter).Should().Be("parameter.v0", $"{variable} is a secret the deployment supplies");
                resources.GetProperty(parameter).GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean().Should().BeTrue();
                Environment(resources, service).Should().Contain(variable, $"{{{parameter}.value}}");
            }
            Environment(resources, ResourceNames.Bot).Values.Should().NotContain(v => v.Contains("must-not-be-published"),
                "the AppHost's own environment is passed through only when it runs locally");
        }
        finally
        {
            TempFolder.Delete(Path.GetDirectoryName(output)!);
        }
    }

    [Fact]
    public async Task Manifest_WithExternalDataStores_AsksTheDeploymentForBothConnectionStrings_InsteadOfContainers()
    {
        var output = Path.Combine(TempFolder.Create("manifest-external"), "aspire-manifest.json");
        try
        {
            var (exitCode, log) = await RunAppHostAsync("--publisher", "manifest", "--output-path", output, "AppHost:ExternalDataStores=true");
            exitCode.Should().Be(0, log);

            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var resources = manifest.RootElement.GetProperty("resources");
            resources.TryGetProperty(ResourceNames.Postgres, out _).Should().BeFalse("a managed PostgreSQL replaces the container");
            foreach (var name in new[] { ResourceNames.HealthDb, ResourceNames.Redis })
            {
                Type(resources, name).Should().Be("parameter.v0");
                resources.GetProperty(name).GetProperty("connectionString").GetString().Should().Be($"{{{name}.value}}");
                resources.GetProperty(name).GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean().Should().BeTrue();
            }
            Environment(resources, ResourceNames.Api).Should().Contain("ConnectionStrings__healthdb", "{healthdb.connectionString}");
        }
        finally
        {
            TempFolder.Delete(Path.GetDirectoryName(output)!);
        }
    }

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    [InlineData("worker")]
    public async Task PublishMode_GivesEveryServiceStartupLivenessAndReadinessProbes_OnItsHealthEndpoints(string service)
    {
        var output = TempFolder.Create("probes");
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HealthAgent_AppHost>(
                ["--publisher", "manifest", "--output-path", Path.Combine(output, "m.json")]);
            builder.ExecutionContext.IsPublishMode.Should().BeTrue();

#pragma warning disable ASPIREPROBES001 // the probe model is marked for evaluation in 13.6
            var probes = builder.Resources.Single(r => r.Name == service).Annotations.OfType<EndpointProbeAnnotation>()
                .ToDictionary(p => p.Type, p => (p.Path, p.EndpointReference.EndpointName, p.FailureThreshold));

            probes.Should().BeEquivalentTo(new Dictionary<ProbeType, (string, string, int)>
            {
                [ProbeType.Startup] = ("/health/live", "http", HealthProbeExtensions.StartupFailures),
                [ProbeType.Liveness] = ("/alive", "http", 3),
                [ProbeType.Readiness] = ("/health/ready", "http", 3),
            });
#pragma warning restore ASPIREPROBES001
        }
        finally
        {
            TempFolder.Delete(output);
        }
    }

    [Fact]
    public async Task SettingsGivenToTheAppHost_ReachTheServicesThatReadThem()
    {
        var data = TempFolder.Create("apphost-model");
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HealthAgent_AppHost>(
            [
                $"AppHost:DataDirectory={data}", "AppHost:ServerMode=Local",
                "Telegram:BotToken=123:abc", "Telegram:ApiBaseUrl=http://127.0.0.1:9/", "ConnectionStrings:llm=Endpoint=http://127.0.0.1:9/v1;Key=k;Model=m",
                "Usda:ApiKey=usda-key", "RateLimiting:Conversation:PermitsPerMinute=99", "Sentry:Dsn=http://publickey@127.0.0.1:9/1",
            ]);

            var bot = await EnvironmentOf(builder, ResourceNames.Bot);
            var api = await EnvironmentOf(builder, ResourceNames.Api);
            var worker = await EnvironmentOf(builder, ResourceNames.Worker);

            bot.Should().Contain("Telegram__BotToken", "123:abc").And.Contain("Telegram__ApiBaseUrl", "http://127.0.0.1:9/");
            api.Should().Contain("ConnectionStrings__llm", "Endpoint=http://127.0.0.1:9/v1;Key=k;Model=m")
                .And.Contain("Usda__ApiKey", "usda-key")
                .And.Contain("RateLimiting__Conversation__PermitsPerMinute", "99");
            api.Should().ContainKey("Auth__ServiceKey");
            foreach (var service in new[] { api, bot, worker })
            {
                service.Should().Contain("Sentry__Dsn", "http://publickey@127.0.0.1:9/1", "every service reports its errors");
            }
        }
        finally
        {
            TempFolder.Delete(data);
        }
    }

    [Theory]
    [InlineData("Container", typeof(PostgresServerResource), typeof(RedisResource))]
    [InlineData("Local", typeof(LocalPostgresServerResource), typeof(LocalRedisResource))]
    // Auto on this machine, where the Debian binaries are installed (eng/test.sh installs them).
    [InlineData("Auto", typeof(LocalPostgresServerResource), typeof(LocalRedisResource))]
    public async Task ServerMode_PicksTheKindOfPostgresAndRedis_WithTheSameConnectionStringNames(string mode, Type postgres, Type redis)
    {
        var data = TempFolder.Create("apphost-mode");
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.HealthAgent_AppHost>(
                [$"AppHost:DataDirectory={data}", $"AppHost:ServerMode={mode}"]);

            builder.Resources.Single(r => r.Name == ResourceNames.Postgres).Should().BeOfType(postgres);
            builder.Resources.Single(r => r.Name == ResourceNames.Redis).Should().BeOfType(redis);
            var api = await EnvironmentOf(builder, ResourceNames.Api);
            api.Should().ContainKeys("ConnectionStrings__healthdb", "ConnectionStrings__redis");
        }
        finally
        {
            TempFolder.Delete(data);
        }
    }

    [Fact]
    public async Task ServerMode_Unknown_StopsTheAppHostNamingTheSetting()
    {
        var create = () => DistributedApplicationTestingBuilder.CreateAsync<Projects.HealthAgent_AppHost>(["AppHost:ServerMode=podman"]);

        (await create.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("ServerMode");
    }

    private static async Task<Dictionary<string, string>> EnvironmentOf(IDistributedApplicationTestingBuilder builder, string name)
    {
        var project = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name);
        // Publish evaluation renders references as expressions, so nothing has to run to read the environment. The helper is
        // marked obsolete in 13.6 in favour of the lower-level ExecutionConfigurationBuilder; it still evaluates the same callbacks.
#pragma warning disable CS0618
        return await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
    }

    private static string? Type(JsonElement resources, string name) => resources.GetProperty(name).GetProperty("type").GetString();

    private static Dictionary<string, string> Environment(JsonElement resources, string name) =>
        resources.GetProperty(name).GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    private static async Task<(int ExitCode, string Log)> RunAppHostAsync(params string[] arguments)
    {
        var configuration = typeof(AppHostModelTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryLayout.Root, "HealthAgent.AppHost", "bin", configuration, "net10.0", "HealthAgent.AppHost.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Telegram__") || k.StartsWith("ConnectionStrings__")).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["Telegram__BotToken"] = "must-not-be-published";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
