namespace HealthAgent.Agent.Tools;

/// <summary>Why the sandbox refused a formula or its result.</summary>
public enum SandboxRefusal
{
    /// <summary>Longer than <see cref="ToolRules.MaxFormulaLength"/>.</summary>
    TooLong,

    /// <summary>Nested deeper than <see cref="ToolRules.MaxNesting"/>, or brackets that do not pair.</summary>
    TooDeep,

    /// <summary>A character outside the formula language (quotes, braces, #, control characters …).</summary>
    ForbiddenCharacter,

    /// <summary>Not a formula of the language.</summary>
    Syntax,

    /// <summary>A function outside <see cref="ToolRules.Functions"/>.</summary>
    UnknownFunction,

    /// <summary>A name that is neither a declared parameter nor one of the user's allowed figures.</summary>
    UnknownName,

    /// <summary>The result is not a finite number or a yes/no.</summary>
    NotANumber,

    /// <summary>Evaluation took longer than <see cref="ToolRules.MaxEvaluationTime"/>.</summary>
    TooSlow,
}
