namespace HealthAgent.Agent.Tools;

/// <summary>
/// The limits of a user's tool, defined once: the sandbox enforces them, and docs/tools.md and the tests name them.
/// </summary>
public static class ToolRules
{
    /// <summary>The longest formula, in characters.</summary>
    public const int MaxFormulaLength = 500;

    /// <summary>The deepest nesting of parentheses and brackets.</summary>
    public const int MaxNesting = 16;

    /// <summary>The most parameters a tool declares.</summary>
    public const int MaxParameters = 8;

    /// <summary>The longest parameter name.</summary>
    public const int MaxNameLength = 40;

    /// <summary>The longest one evaluation may take before its result is refused and the attempt flagged.</summary>
    public static readonly TimeSpan MaxEvaluationTime = TimeSpan.FromMilliseconds(50);

    /// <summary>The functions a formula may call; everything else is refused before and during evaluation.</summary>
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Abs", "Ceiling", "Floor", "Round", "Truncate", "Min", "Max", "Pow", "Sqrt", "Exp", "Ln", "Log", "Log10", "Sign", "if",
    };
}
