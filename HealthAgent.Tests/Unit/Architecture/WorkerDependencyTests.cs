using System.Reflection;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.Architecture;

/// <summary>The Worker sends reminders; it must not load an LLM stack to do it.</summary>
public sealed class WorkerDependencyTests
{
    private static readonly string[] LlmStack = ["HealthAgent.Agent", "OpenAI", "Microsoft.Extensions.AI", "Microsoft.SemanticKernel"];

    [Fact]
    public void WorkerDependencyGraph_HasNoAgentNorLlmAssembly()
    {
        var libraries = Libraries("Worker");

        libraries.Should().Contain(name => name.StartsWith("HealthAgent.Core/", StringComparison.Ordinal), "the graph is the Worker's real one");
        libraries.Should().NotContain(name => LlmStack.Any(stack => name.StartsWith(stack, StringComparison.Ordinal)),
            "the agent is used by the Api only");
    }

    [Fact]
    public void ApiDependencyGraph_HasTheAgent()
    {
        Libraries("Api").Should().Contain(name => name.StartsWith("HealthAgent.Agent/", StringComparison.Ordinal));
    }

    // The libraries of the service's deps.json: every assembly it can load, its own projects included.
    private static List<string> Libraries(string service)
    {
        var configuration = typeof(WorkerDependencyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var deps = Path.Combine(RepositoryLayout.Root, $"HealthAgent.{service}", "bin", configuration, "net10.0", $"HealthAgent.{service}.deps.json");
        using var document = JsonDocument.Parse(File.ReadAllText(deps));
        return [.. document.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name)];
    }
}
