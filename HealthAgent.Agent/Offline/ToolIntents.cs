using System.Text.RegularExpressions;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Tools;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// The offline brain's way to make and delete tools (docs/tools.md): <c>/newtool name = formula</c>, or "make me a tool
/// name = formula". Every name in the formula that is not one of the user's figures becomes an input. Read from the
/// message as written, before it is normalised, since a formula's case and symbols matter.
/// </summary>
public static partial class ToolIntents
{
    /// <summary>How to make a tool without the LLM, for a request the offline brain cannot turn into a formula.</summary>
    public const string Syntax =
        "Without the AI model I need the formula itself. Make a tool like this: /newtool protein_per_kg = today_protein_g / weight_kg " +
        "(a name, =, then a formula over your figures; any other name in it becomes an input you give at each run). " +
        "/tools lists yours, /tool name input=number runs one, and /deletetool name deletes one.";

    /// <summary>What a message asks of tools, or null when it is not about making or deleting one.</summary>
    public static Understanding? Understand(string text)
    {
        var t = text.Trim();
        if (MakePattern().Match(t) is { Success: true } make)
        {
            return make.Groups["def"].Success ? Draft(make.Groups["def"].Value) : Understanding.Say(Syntax);
        }
        return DeletePattern().Match(t) is { Success: true } delete ? Delete(delete.Groups["name"].Value) : null;
    }

    /// <summary><c>name = formula</c> as a draft for the user to save, or the syntax when it is not that shape.</summary>
    public static Understanding Draft(string definition)
    {
        if (DefinitionPattern().Match(definition.Trim()) is not { Success: true } match)
        {
            return Understanding.Say(Syntax);
        }
        var formula = match.Groups["formula"].Value.Trim();
        var inputs = FormulaSandbox.NamesInOrder(formula).Where(n => !ToolFigures.All.ContainsKey(n))
            .Select(n => new ToolParameter(n, null)).ToList();
        var description = formula.Length <= ToolDefinition.MaxDescriptionLength - 10 ? $"Computes {formula}." : "A formula of my own.";
        return Understanding.Call(PlannedCall.Of(AgentFunctions.ToolsDraft,
            ("name", match.Groups["name"].Value.ToLowerInvariant()), ("description", description), ("formula", formula), ("inputs", inputs)));
    }

    /// <summary>Deletes the tool <paramref name="name"/>, or gives the syntax when there is no name.</summary>
    public static Understanding Delete(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Understanding.Say(Syntax)
        : Understanding.Call(PlannedCall.Of(AgentFunctions.ToolsDelete, ("name", name.Trim().ToLowerInvariant())));

    [GeneratedRegex(@"^(?:please\s+)?(?:make|create|add|build|define)\s+(?:me\s+)?(?:a\s+)?(?:new\s+)?tool\b(?:\s+(?:called|named)\b)?\s*:?\s*(?<def>[A-Za-z][A-Za-z0-9_]*\s*=.+)?.*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MakePattern();

    [GeneratedRegex(@"^(?:please\s+)?(?:delete|remove)\s+(?:my\s+)?tool\s+(?<name>[A-Za-z][A-Za-z0-9_]*)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeletePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_]*)\s*=(?!=)\s*(?<formula>.+)$", RegexOptions.Singleline)]
    private static partial Regex DefinitionPattern();
}
