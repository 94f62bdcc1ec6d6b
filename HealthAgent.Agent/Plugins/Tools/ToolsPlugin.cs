using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Agent.Tools;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Tools;

/// <summary>
/// The <c>tools</c> plugin: the user's own tools (docs/tools.md), listed and run for this user only, through the same
/// service, sandbox, limits and audit as over REST.
/// </summary>
public sealed class ToolsPlugin(ToolContext user, UserToolService tools)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "tools";

    /// <summary><c>tools_list</c>.</summary>
    [KernelFunction("list"), Description("Lists the user's own tools: their names, what each computes and the inputs it needs.")]
    public Task<IReadOnlyList<ToolView>> ListAsync(CancellationToken cancellationToken = default) =>
        tools.ListAsync(user.UserId, cancellationToken);

    /// <summary><c>tools_run</c>.</summary>
    [KernelFunction("run"), Description("Runs one of the user's own tools by name with a number for each of its inputs, and gives its result.")]
    public Task<ToolRunResult> RunAsync(
        [Description("The tool's name, as tools_list gives it."), MaxLength(ToolDefinition.MaxToolNameLength)] string name,
        [Description("A number for each input the tool declares, by input name.")] Dictionary<string, double>? inputs = null,
        CancellationToken cancellationToken = default) =>
        tools.RunByNameAsync(user.UserId, name, inputs, $"agent:{user.UserId:N}", cancellationToken);
}
