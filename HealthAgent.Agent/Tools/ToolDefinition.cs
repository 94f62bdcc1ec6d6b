using System.Text.RegularExpressions;

namespace HealthAgent.Agent.Tools;

/// <summary>One input of a user's tool.</summary>
/// <param name="Name">Its name in the formula: lower case letters, digits and underscores.</param>
/// <param name="Description">What the user should give.</param>
public sealed record ToolParameter(string Name, string? Description);

/// <summary>A user's tool as they define it: a name, what it does, its inputs and its formula.</summary>
/// <param name="Name">How the user and the agent call it (lower case, digits and underscores).</param>
/// <param name="Description">What it computes, in a sentence.</param>
/// <param name="Parameters">Its inputs.</param>
/// <param name="Formula">The formula over its inputs and the user's figures (<see cref="ToolFigures"/>).</param>
public sealed partial record ToolDefinition(string Name, string Description, IReadOnlyList<ToolParameter> Parameters, string Formula)
{
    /// <summary>The longest tool name.</summary>
    public const int MaxToolNameLength = 40;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 300;

    /// <summary>
    /// Every problem of the definition by field (<c>name</c>, <c>parameters[1].name</c>, <c>formula</c>), each a sentence
    /// for the user; empty when it may be saved. The formula is checked by the sandbox against the declared inputs and
    /// the user's figures, without being run.
    /// </summary>
    public Dictionary<string, string> Problems() => Check().Problems;

    /// <summary>
    /// <see cref="Problems"/>, with the sandbox's kind of refusal when the formula is among them (so an audit row can tell
    /// probing, such as a forbidden construct, from a typo), from one check of the formula.
    /// </summary>
    public (Dictionary<string, string> Problems, SandboxRefusal? FormulaRefusal) Check()
    {
        var problems = new Dictionary<string, string>();
        SandboxRefusal? formulaRefusal = null;
        if (!Identifier().IsMatch(Name ?? "") || Name!.Length > MaxToolNameLength)
        {
            problems["name"] = $"A tool name has 1 to {MaxToolNameLength} lower-case letters, digits or underscores, starting with a letter.";
        }
        if (string.IsNullOrWhiteSpace(Description) || Description.Length > MaxDescriptionLength)
        {
            problems["description"] = $"Say what the tool computes in 1 to {MaxDescriptionLength} characters.";
        }
        var parameters = Parameters ?? [];
        if (parameters.Count > ToolRules.MaxParameters)
        {
            problems["parameters"] = $"A tool has at most {ToolRules.MaxParameters} inputs.";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            var name = parameters[i]?.Name ?? "";
            if (!Identifier().IsMatch(name) || name.Length > ToolRules.MaxNameLength)
            {
                problems[$"parameters[{i}].name"] = $"An input name has 1 to {ToolRules.MaxNameLength} lower-case letters, digits or underscores, starting with a letter.";
            }
            else if (ToolFigures.All.ContainsKey(name))
            {
                problems[$"parameters[{i}].name"] = $"{name} is one of your figures already; give the input another name.";
            }
            else if (!seen.Add(name))
            {
                problems[$"parameters[{i}].name"] = $"{name} is declared twice.";
            }
        }
        if (!problems.Keys.Any(k => k.StartsWith("parameters", StringComparison.Ordinal)))
        {
            var check = FormulaSandbox.Check(Formula ?? "", [.. seen, .. ToolFigures.All.Keys]);
            if (!check.Succeeded)
            {
                problems["formula"] = check.Message!;
                formulaRefusal = check.Refusal;
            }
        }
        return (problems, formulaRefusal);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
