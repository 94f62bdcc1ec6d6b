using HealthAgent.Agent.Tools;

namespace HealthAgent.Tests.Unit.Tools;

/// <summary>
/// The escape corpus (issue 14): attempts to reach the host, run forever, exhaust memory or the stack, leak state or
/// read what the formula was not given. Each must end in a clean refusal of the expected kind, quickly, with the
/// sandbox still working afterwards.
/// </summary>
public sealed class SandboxEscapeCorpusTests
{
    private static readonly Dictionary<string, double> Inputs = new() { ["weight_kg"] = 80, ["protein_g"] = 120 };

    public static TheoryData<string, string, SandboxRefusal> Attempts() => new()
    {
        // Host access: files, processes, environment, network, reflection, the CLR. Member access (a.b) is not part of
        // the language at all, so a dotted name does not even parse; a bare call names a function outside the list.
        { "file read", "System.IO.File.ReadAllText([weight_kg])", SandboxRefusal.Syntax },
        { "file read, quoted", "System.IO.File.ReadAllText('/etc/passwd')", SandboxRefusal.ForbiddenCharacter },
        { "process start", "Process.Start([weight_kg])", SandboxRefusal.Syntax },
        { "environment", "Environment.GetEnvironmentVariable([weight_kg])", SandboxRefusal.Syntax },
        { "environment exit", "Environment.Exit(1)", SandboxRefusal.Syntax },
        { "socket", "Connect(127, 0, 0, 1)", SandboxRefusal.UnknownFunction },
        { "http", "HttpGet([weight_kg])", SandboxRefusal.UnknownFunction },
        { "reflection", "GetType([weight_kg])", SandboxRefusal.UnknownFunction },
        { "activator", "Activator.CreateInstance([weight_kg])", SandboxRefusal.Syntax },
        { "typeof", "typeof([weight_kg])", SandboxRefusal.UnknownFunction },
        { "assembly load", "Assembly.Load([weight_kg])", SandboxRefusal.Syntax },
        { "timer", "SetTimeout([weight_kg], 1000)", SandboxRefusal.UnknownFunction },
        { "thread sleep", "Thread.Sleep(100000)", SandboxRefusal.Syntax },
        { "gc", "GC.Collect()", SandboxRefusal.Syntax },
        { "eval", "eval([weight_kg])", SandboxRefusal.UnknownFunction },
        { "exec", "exec([weight_kg])", SandboxRefusal.UnknownFunction },
        { "import", "__import__([weight_kg])", SandboxRefusal.UnknownFunction },
        { "require", "require([weight_kg])", SandboxRefusal.UnknownFunction },
        // JavaScript and Python tricks: prototypes, constructors, statements, loops, closures.
        { "constructor chain", "this.constructor.constructor([weight_kg])", SandboxRefusal.Syntax },
        { "prototype", "[weight_kg].__proto__", SandboxRefusal.Syntax },
        { "string constructor", "''.constructor", SandboxRefusal.ForbiddenCharacter },
        { "function literal", "function f() { return f() }", SandboxRefusal.ForbiddenCharacter },
        { "arrow function", "(x) => x", SandboxRefusal.Syntax },
        { "while loop", "while (1) { }", SandboxRefusal.ForbiddenCharacter },
        { "for loop", "for (i = 0; i < 1; i++) 1", SandboxRefusal.ForbiddenCharacter },
        { "statement list", "1; 2", SandboxRefusal.ForbiddenCharacter },
        { "compound assignment", "[weight_kg] += 1", SandboxRefusal.Syntax },
        { "lambda", "lambda: 1", SandboxRefusal.Syntax },
        { "dunder class", "().__class__.__bases__", SandboxRefusal.Syntax },
        { "template literal", "`${1}`", SandboxRefusal.ForbiddenCharacter },
        // Resource exhaustion: length, depth, huge numbers, recursion through nesting.
        { "oversized definition", new string('1', ToolRules.MaxFormulaLength + 1), SandboxRefusal.TooLong },
        { "oversized sum", string.Join("+", Enumerable.Repeat("[weight_kg]", 60)), SandboxRefusal.TooLong },
        { "deep parentheses", new string('(', 5000) + "1" + new string(')', 5000), SandboxRefusal.TooLong },
        { "parentheses one too deep", new string('(', ToolRules.MaxNesting + 1) + "1" + new string(')', ToolRules.MaxNesting + 1), SandboxRefusal.TooDeep },
        { "unbalanced parentheses", "((1)", SandboxRefusal.TooDeep },
        { "closing first", ")1(", SandboxRefusal.TooDeep },
        { "huge power", "Pow(10, 100000)", SandboxRefusal.NotANumber },
        { "huge literal", "1e999", SandboxRefusal.NotANumber },
        { "division by zero", "[weight_kg] / 0", SandboxRefusal.NotANumber },
        { "root of a negative", "Sqrt(-1)", SandboxRefusal.NotANumber },
        { "log of zero", "Ln(0)", SandboxRefusal.NotANumber },
        { "exponential overflow", "Exp(100000)", SandboxRefusal.NotANumber },
        // Strings, dates and other literal kinds the language leaves out.
        { "string literal", "'a' + 'a'", SandboxRefusal.ForbiddenCharacter },
        { "double-quoted string", "\"a\"", SandboxRefusal.ForbiddenCharacter },
        { "date literal", "#2026-12-02#", SandboxRefusal.ForbiddenCharacter },
        { "brace parameter", "{weight_kg}", SandboxRefusal.ForbiddenCharacter },
        { "NUL character", "1\u0000+1", SandboxRefusal.ForbiddenCharacter },
        { "newline injection", "1\n+ System.Exit(1)", SandboxRefusal.ForbiddenCharacter },
        { "unicode lookalike name", "[wеight_kg]", SandboxRefusal.ForbiddenCharacter },
        { "backslash escape", "[weight\\u005fkg]", SandboxRefusal.ForbiddenCharacter },
        // Reaching data the formula was not given: other users, the database, the service's own state.
        { "another user's figure", "[user_2_weight_kg]", SandboxRefusal.UnknownName },
        { "a user id", "[user_id]", SandboxRefusal.UnknownName },
        { "the database", "[healthdb]", SandboxRefusal.UnknownName },
        { "a connection string", "[ConnectionStrings_healthdb]", SandboxRefusal.UnknownName },
        { "a bare unknown name", "password * 1", SandboxRefusal.UnknownName },
        { "parameter injection", "[weight_kg] ] + [ protein_g", SandboxRefusal.TooDeep },
        { "injection through a name", "[weight_kg]+Environment.Exit(0)", SandboxRefusal.Syntax },
        { "ifs with a hidden call", "if(1, 2, Exec(3))", SandboxRefusal.UnknownFunction },
        { "empty formula", "", SandboxRefusal.Syntax },
        { "only spaces", "   ", SandboxRefusal.Syntax },
    };

    [Theory]
    [MemberData(nameof(Attempts))]
    public void EachAttempt_IsRefusedCleanly_AndTheSandboxStillWorks(string attempt, string formula, SandboxRefusal expected)
    {
        var outcome = FormulaSandbox.Run(formula, Inputs);

        outcome.Refusal.Should().Be(expected, $"{attempt}: {outcome.Message}");
        outcome.Value.Should().BeNull();
        outcome.Message.Should().NotBeNullOrWhiteSpace("the user is told why, in a sentence");
        outcome.Duration.Should().BeLessThan(TimeSpan.FromSeconds(1), "a refusal is quick");
        FormulaSandbox.Run("[weight_kg] * 2", Inputs).Value.Should().Be(160, "the sandbox works afterwards");
    }

    [Fact]
    public void TheCorpus_HasAtLeastFiftyAttempts() => Attempts().Count.Should().BeGreaterThanOrEqualTo(50);
}
