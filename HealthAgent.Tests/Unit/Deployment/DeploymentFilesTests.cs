using System.Diagnostics;
using HealthAgent.AppHost.Hosting;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Deployment;

/// <summary>
/// What an operator deploys that the tooling does not generate (azure.yaml, deploy/azure): it must agree with the
/// AppHost's probes and secrets, the images' port and the documented setting names, and render completely.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string[] Services = [ResourceNames.Api, ResourceNames.Bot, ResourceNames.Worker];

    [Fact]
    public void AzureYaml_PointsAzdAtTheAppHost_OnContainerApps()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "azure.yaml"));

        text.Should().Contain("project: ./HealthAgent.AppHost/HealthAgent.AppHost.csproj").And.Contain("host: containerapp").And.Contain("language: dotnet");
        File.Exists(Path.Combine(RepositoryLayout.Root, "HealthAgent.AppHost", "HealthAgent.AppHost.csproj")).Should().BeTrue();
    }

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    [InlineData("worker")]
    public void ContainerApp_ProbesTheSamePathsAsTheAppHost_OnTheImagesPort(string service)
    {
        var spec = ContainerAppSpec.Load(service);

        spec.TargetPort.Should().Be(8080, "eng/containers.props exposes 8080, the base image's ASPNETCORE_HTTP_PORTS");
        spec.Probes.Values.Should().OnlyContain(p => p.FailureThreshold >= 1 && p.FailureThreshold <= 10, "Azure Container Apps accepts 1 to 10 failures");
        spec.Probes.Should().BeEquivalentTo(new Dictionary<string, (string, int, int)>
        {
            ["Startup"] = (HealthProbeExtensions.LivePath, 8080, HealthProbeExtensions.StartupFailures),
            ["Liveness"] = (HealthProbeExtensions.AlivePath, 8080, 3),
            ["Readiness"] = (HealthProbeExtensions.ReadyPath, 8080, 3),
        });
    }

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    [InlineData("worker")]
    public void ContainerApp_ReadsEverySecretFromKeyVault_UnderTheDocumentedVariableNames(string service)
    {
        var spec = ContainerAppSpec.Load(service);
        var documented = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "configuration.md"));

        spec.Environment.Keys.Should().OnlyContain(name => documented.Contains($"`{name}`"), "every variable is a documented setting");
        spec.Secrets.Values.Should().OnlyContain(url => url != null && url.StartsWith("${KEY_VAULT_URL}/secrets/"));
        spec.Environment.Values.Where(v => v.SecretRef != null).Select(v => v.SecretRef).Should().OnlyContain(s => spec.Secrets.ContainsKey(s!));
        foreach (var (parameter, _, variable) in PublishedSecrets.All.Where(s => s.Service == service))
        {
            spec.Environment.Should().ContainKey(variable).WhoseValue.SecretRef.Should().Be(parameter, "the same secret the AppHost publishes as a parameter");
        }
        spec.Environment.Should().ContainKey("Auth__ServiceKey").WhoseValue.SecretRef.Should().Be(ServiceKeyExtensions.ParameterName);
    }

    [Theory]
    [InlineData("Api")]
    [InlineData("Bot")]
    [InlineData("Worker")]
    public async Task Image_IsTheAspNetRuntime_RunAsANonRootUser_OnPort8080(string project)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "msbuild", Path.Combine(RepositoryLayout.Root, $"HealthAgent.{project}", $"HealthAgent.{project}.csproj"),
            "-getProperty:ContainerBaseImage", "-getProperty:ContainerUser", "-getProperty:ContainerRepository", "-getItem:ContainerPort", "-p:Configuration=Release" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0, output + await process.StandardError.ReadToEndAsync());
        using var evaluated = System.Text.Json.JsonDocument.Parse(output);
        var properties = evaluated.RootElement.GetProperty("Properties");
        properties.GetProperty("ContainerBaseImage").GetString().Should().Be("mcr.microsoft.com/dotnet/aspnet:10.0");
        properties.GetProperty("ContainerUser").GetString().Should().Be("app", "the image runs as the base image's non-root user");
        properties.GetProperty("ContainerRepository").GetString().Should().Be($"healthagent-{project.ToLowerInvariant()}");
        evaluated.RootElement.GetProperty("Items").GetProperty("ContainerPort").EnumerateArray().Select(p => p.GetProperty("Identity").GetString())
            .Should().Equal(["8080"], "the specs' targetPort and probes use it");
    }

    [Fact]
    public void Scale_ApiAndBotByHttp_WorkerOneToThree()
    {
        ContainerAppSpec.Load("api").Scale.Should().BeEquivalentTo((1, 5, new[] { "http" }));
        ContainerAppSpec.Load("bot").Scale.Should().BeEquivalentTo((1, 3, new[] { "http" }));
        ContainerAppSpec.Load("worker").Scale.Should().BeEquivalentTo((1, 3, new[] { "custom" }));
        ContainerAppSpec.Load("api").External.Should().BeTrue();
        ContainerAppSpec.Load("worker").External.Should().BeFalse("only Prometheus and the platform reach the Worker");
    }

    [Fact]
    public async Task Render_FillsEveryPlaceholder_AndRefusesToRunWithOneMissing()
    {
        var output = TempFolder.Create("render");
        try
        {
            var values = new Dictionary<string, string>
            {
                ["IDENTITY_ID"] = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/healthagent",
                ["ENVIRONMENT_ID"] = "/subscriptions/s/resourceGroups/g/providers/Microsoft.App/managedEnvironments/healthagent",
                ["REGISTRY"] = "healthagent.azurecr.io", ["KEY_VAULT_URL"] = "https://healthagent.vault.azure.net", ["VERSION"] = "1.2.3",
                ["OTLP_ENDPOINT"] = "http://otel-collector:4317", ["BOT_WEBHOOK_URL"] = "https://bot.example.org/telegram/webhook",
                ["ADMIN_TELEGRAM_IDS"] = "123456789",
            };
            var (rendered, _) = await RenderAsync(output, values);
            var (refused, error) = await RenderAsync(Path.Combine(output, "partial"), values.Where(kv => kv.Key != "REGISTRY").ToDictionary());

            rendered.Should().Be(0);
            foreach (var service in Services)
            {
                var text = await File.ReadAllTextAsync(Path.Combine(output, $"{service}.containerapp.yaml"));
                text.Should().NotMatchRegex(@"\$\{[A-Z_]+\}").And.Contain($"image: healthagent.azurecr.io/healthagent-{service}:1.2.3")
                    .And.Contain("keyVaultUrl: https://healthagent.vault.azure.net/secrets/service-key");
            }
            refused.Should().Be(2);
            error.Should().Contain("REGISTRY");
        }
        finally
        {
            TempFolder.Delete(output);
        }
    }

    private static async Task<(int ExitCode, string Error)> RenderAsync(string output, IReadOnlyDictionary<string, string> values)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryLayout.Root, "deploy", "azure", "render.sh"));
        start.ArgumentList.Add(output);
        foreach (var (name, value) in values)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
