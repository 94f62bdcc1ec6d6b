using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Agent.Tools;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Tools;

/// <summary>
/// The <c>tools</c> plugin: the user's own tools (docs/tools.md), drafted, listed, run and deleted for this user only,
/// through the same service, sandbox, limits and audit as over REST. A drafted tool is saved only by the user's Save button.
/// </summary>
public sealed class ToolsPlugin(ToolContext user, UserToolService tools, ToolDraftService drafts)
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
        tools.RunByNameAsync(user.UserId, name, inputs, null, cancellationToken);

    /// <summary><c>tools_draft</c>.</summary>
    [KernelFunction("draft"), DraftDescription]
    public Task<ToolDraftView> DraftAsync(
        [Description("The tool's name: lower-case letters, digits and underscores, starting with a letter."), MaxLength(ToolDefinition.MaxToolNameLength)] string name,
        [Description("What it computes, in one sentence."), MaxLength(ToolDefinition.MaxDescriptionLength)] string description,
        [Description("The formula.")] string formula,
        [Description("The inputs the user gives at each run (names as in the formula); none when the formula reads only the user's figures."),
            MaxLength(ToolRules.MaxParameters)] List<ToolParameter>? inputs = null,
        CancellationToken cancellationToken = default) =>
        drafts.DraftAsync(user.UserId, new ToolDefinition(name, description, inputs ?? [], formula), cancellationToken);

    /// <summary><c>tools_delete</c>.</summary>
    [KernelFunction("delete"), Description("Deletes one of the user's own tools by name, when they ask for it.")]
    public Task<ToolView> DeleteAsync(
        [Description("The tool's name, as tools_list gives it."), MaxLength(ToolDefinition.MaxToolNameLength)] string name,
        CancellationToken cancellationToken = default) =>
        tools.DeleteByNameAsync(user.UserId, name, null, cancellationToken);

    /// <summary>
    /// <c>tools_draft</c>'s description, written from the sandbox's own lists of figures and functions so the model is told
    /// exactly what the sandbox accepts.
    /// </summary>
    private sealed class DraftDescriptionAttribute : DescriptionAttribute
    {
        public override string Description { get; } =
            "Drafts a tool the user asked for, or a change to their tool of the same name (give the whole definition). The formula is an " +
            "arithmetic expression over the tool's inputs and the user's figures (" + string.Join(", ", ToolFigures.All.Keys) + "), with " +
            "+ - * / %, comparisons, and, or, if(condition, then, else) and the functions " + string.Join(", ", ToolRules.Functions.Where(f => f != "if")) +
            ". Nothing is saved: the user sees the draft with Save and Cancel buttons under your reply, so do not repeat it. " +
            "If the draft is refused, fix it from the error or ask the user.";
    }
}
