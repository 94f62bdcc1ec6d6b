using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HealthAgent.Tests.Functional.OpenApi;

/// <summary>
/// The live OpenAPI document through an outside linter: Redocly CLI with its recommended rules (eng/openapi/redocly.yaml)
/// must report no error and no warning.
/// </summary>
public sealed class OpenApiLintTests(ApiTestHost host, ITestOutputHelper output) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task RedoclyFindsNoProblem()
    {
        var folder = TempFolder.Create("openapi");
        try
        {
            using var client = host.Client(null);
            var document = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(document, await client.GetStringAsync("/openapi/v1.json"));
            var config = Path.Combine(RepositoryLayout.Root, "eng", "openapi", "redocly.yaml");

            var result = await NodeTools.RunAsync("redocly", "lint", document, "--config", config, "--format", "json");

            // The JSON report is on stdout; Redocly may print a notice (an old Node.js) around it.
            var report = JsonNode.Parse(result.Output[result.Output.IndexOf('{')..(result.Output.LastIndexOf('}') + 1)])!;
            var problems = report["problems"]!.AsArray()
                .Select(p => $"{p!["severity"]} {p["ruleId"]} at {p["location"]?[0]?["pointer"]}: {p["message"]}").ToList();
            output.WriteLine(string.Join('\n', problems));
            report["totals"]!["errors"]!.GetValue<int>().Should().Be(0, string.Join('\n', problems));
            report["totals"]!["warnings"]!.GetValue<int>().Should().Be(0, string.Join('\n', problems));
            result.ExitCode.Should().Be(0);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
