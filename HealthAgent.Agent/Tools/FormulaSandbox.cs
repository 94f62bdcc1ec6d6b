using System.Diagnostics;
using System.Text.RegularExpressions;
using NCalc;
using NCalc.Exceptions;

namespace HealthAgent.Agent.Tools;

/// <summary>
/// Evaluates a user's formula (NCalc's expression language, ADR-019) with nothing of the host in reach. A formula is
/// arithmetic, comparisons, <c>and</c>/<c>or</c>, <c>if(…)</c> and the functions of <see cref="ToolRules.Functions"/>
/// over named numbers: the tool's parameters and the user's own figures that the caller binds. There are no
/// statements, loops, strings, objects, dates or host types, so a run's cost is bounded by the formula's length,
/// which is bounded too; everything is checked before evaluation and the functions again during it.
/// </summary>
public static partial class FormulaSandbox
{
    // The first evaluation in a process pays for compiling NCalc's code: done once here, so that it is not a user's run
    // that the clock refuses as too slow.
    static FormulaSandbox()
    {
        var warm = new Expression("if(x > 0, Round(Pow(x, 2) / Sqrt(x), 1), Exp(x))", ExpressionOptions.NoCache) { Parameters = { ["x"] = 2.0 } };
        warm.Evaluate();
    }

    /// <summary>Checks <paramref name="formula"/> against the language and the names it may use, without running it.</summary>
    public static SandboxOutcome Check(string formula, IReadOnlyCollection<string> names)
    {
        var clock = Stopwatch.StartNew();
        var (_, refusal, message) = Parse(formula, names);
        return new SandboxOutcome(null, refusal, message, clock.Elapsed);
    }

    /// <summary>Runs <paramref name="formula"/> with <paramref name="values"/> bound to its names.</summary>
    public static SandboxOutcome Run(string formula, IReadOnlyDictionary<string, double> values)
    {
        var clock = Stopwatch.StartNew();
        var (expression, refusal, message) = Parse(formula, [.. values.Keys]);
        if (expression is null)
        {
            return new SandboxOutcome(null, refusal, message, clock.Elapsed);
        }
        foreach (var (name, value) in values)
        {
            expression.Parameters[name] = value;
        }
        expression.EvaluateFunction += (name, _) =>
        {
            if (!ToolRules.Functions.Contains(name))
            {
                throw new SandboxException(SandboxRefusal.UnknownFunction, $"The function {name} is not available.");
            }
        };
        try
        {
            var result = expression.Evaluate();
            var number = result switch
            {
                bool yes => yes ? 1 : 0,
                int or long or double or decimal or float => Convert.ToDouble(result, System.Globalization.CultureInfo.InvariantCulture),
                _ => double.NaN,
            };
            // What the result is decides first; the clock refuses a number that took too long.
            if (!double.IsFinite(number))
            {
                return new SandboxOutcome(null, SandboxRefusal.NotANumber, "The result is not a number (a division by zero, or too large).", clock.Elapsed);
            }
            return clock.Elapsed > ToolRules.MaxEvaluationTime
                ? new SandboxOutcome(null, SandboxRefusal.TooSlow, "That took too long to work out.", clock.Elapsed)
                : new SandboxOutcome(number, null, null, clock.Elapsed);
        }
        catch (SandboxException e)
        {
            return new SandboxOutcome(null, e.Refusal, e.Message, clock.Elapsed);
        }
        catch (Exception e) when (e is NCalcException or ArgumentException or InvalidCastException or InvalidOperationException or OverflowException or FormatException)
        {
            return new SandboxOutcome(null, SandboxRefusal.Syntax, "That formula cannot be worked out with these values.", clock.Elapsed);
        }
    }

    /// <summary>The names a formula that passed <see cref="Check"/> refers to (so a caller binds only those).</summary>
    public static IReadOnlySet<string> NamesIn(string formula) =>
        new HashSet<string>(new Expression(formula, ExpressionOptions.NoCache).GetParameterNames(), StringComparer.Ordinal);

    /// <summary>
    /// The names a formula refers to, in the order they first appear; empty when it cannot be read (<see cref="Check"/>
    /// then says why). Used to declare a chat-made tool's inputs: each name that is not one of the user's figures.
    /// </summary>
    public static IReadOnlyList<string> NamesInOrder(string formula)
    {
        if (formula.Length > ToolRules.MaxFormulaLength || !Language().IsMatch(formula) || !NestingIsBounded(formula))
        {
            return [];
        }
        var expression = new Expression(formula, ExpressionOptions.NoCache);
        if (expression.HasErrors())
        {
            return [];
        }
        var names = expression.GetParameterNames().ToHashSet(StringComparer.Ordinal);
        return [.. Word().Matches(formula).Select(m => m.Value).Where(names.Contains).Distinct(StringComparer.Ordinal)];
    }

    private static (Expression? Expression, SandboxRefusal? Refusal, string? Message) Parse(string formula, IReadOnlyCollection<string> names)
    {
        if (formula.Length > ToolRules.MaxFormulaLength)
        {
            return (null, SandboxRefusal.TooLong, $"A formula has at most {ToolRules.MaxFormulaLength} characters.");
        }
        if (!Language().IsMatch(formula))
        {
            return (null, SandboxRefusal.ForbiddenCharacter, "A formula may use numbers, names, + - * / %, comparisons, parentheses and commas only.");
        }
        if (!NestingIsBounded(formula))
        {
            return (null, SandboxRefusal.TooDeep, $"Parentheses must pair and nest at most {ToolRules.MaxNesting} deep.");
        }
        var expression = new Expression(formula, ExpressionOptions.NoCache);
        if (expression.HasErrors())
        {
            return (null, SandboxRefusal.Syntax, "That is not a formula I can read.");
        }
        var unknownFunction = expression.GetFunctionNames().FirstOrDefault(f => !ToolRules.Functions.Contains(f));
        if (unknownFunction is not null)
        {
            return (null, SandboxRefusal.UnknownFunction, $"The function {unknownFunction} is not available.");
        }
        var known = new HashSet<string>(names, StringComparer.Ordinal);
        var unknownName = expression.GetParameterNames().FirstOrDefault(p => !known.Contains(p));
        return unknownName is null
            ? (expression, null, null)
            : (null, SandboxRefusal.UnknownName, $"{unknownName} is not one of the tool's inputs or your figures.");
    }

    private static bool NestingIsBounded(string formula)
    {
        var depth = 0;
        foreach (var c in formula)
        {
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (depth < 0 || depth > ToolRules.MaxNesting)
            {
                return false;
            }
        }
        return depth == 0;
    }

    // Printable ASCII without quotes, braces, #, @, $, backslash, backtick, ~, ^ or ;: no strings, dates or host syntax.
    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[A-Za-z0-9_ .,+\-*/%()\[\]<>=!&|?:]*$")]
    private static partial Regex Language();

    private sealed class SandboxException(SandboxRefusal refusal, string message) : Exception(message)
    {
        public SandboxRefusal Refusal { get; } = refusal;
    }
}
