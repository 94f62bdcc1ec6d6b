using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Turns;
using HealthAgent.Core.Diagnostics;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using FunctionCallContent = Microsoft.Extensions.AI.FunctionCallContent;
using FunctionResultContent = Microsoft.Extensions.AI.FunctionResultContent;

namespace HealthAgent.Tests.Unit.Agent;

/// <summary>The turn machinery on Semantic Kernel with a scripted brain: function calls, failures as results, spans and the round cap.</summary>
public sealed class TurnKernelTests
{
    [Fact]
    public async Task FunctionsTheBrainAsksFor_RunThroughSk_AndFailuresComeBackAsResults_WithASpanPerCall()
    {
        var brain = new ScriptedBrain(
            [Call("1", "test_explode"), Call("2", "test_echo", ("word", "hi")), Call("3", "test_score", ("score", 42)), Call("4", "test_nowhere")],
            []);
        var log = new TurnLog();
        var spans = new List<Activity>();
        using var listener = Listen(spans);

        var text = await TurnRunner.RunAsync(Kernel(brain, log), History("go"), default);

        text.Should().Be("done");
        log.Calls.Select(c => (c.Name, c.Result.Success)).Should().Equal(("test_explode", false), ("test_echo", true), ("test_score", false));
        log.Calls[0].Result.Error.Should().Contain("failed unexpectedly");
        log.Calls[1].Result.Data.Should().Be("echo hi");
        log.Calls[2].Result.Error.Should().Contain("between 1 and 10", "the [Range] the schema announces is also enforced");
        var results = brain.Seen[1].SelectMany(m => m.Contents).OfType<FunctionResultContent>().ToDictionary(r => r.CallId, r => r.Result?.ToString());
        results["1-1"].Should().Contain("\"success\":false");
        results["2-1"].Should().Contain("echo hi");
        results["4-1"].Should().Contain("not found", "an unknown function is reported to the brain by SK");
        spans.Select(s => s.OperationName).Should().Contain(["agent.tool test_explode", "agent.tool test_echo", "agent.tool test_score"]);
        spans.Single(s => s.OperationName == "agent.tool test_explode").Status.Should().Be(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task ABrainThatNeverStopsCallingFunctions_IsCutAfterTheLastRound_AndAskedWithoutFunctions()
    {
        var brain = new ScriptedBrain([Call("x", "test_echo", ("word", "again"))]);
        var log = new TurnLog();

        var text = await TurnRunner.RunAsync(Kernel(brain, log), History("loop"), default);

        log.Calls.Should().HaveCount(FunctionCallFilter.MaxRounds);
        brain.Options.Should().HaveCount(FunctionCallFilter.MaxRounds + 1);
        brain.Options[^1]!.ToolMode.Should().Be(ChatToolMode.None);
        brain.Options.Take(FunctionCallFilter.MaxRounds).Should().OnlyContain(o => o!.ToolMode is AutoChatToolMode);
        text.Should().Be("done");
    }

    [Fact]
    public void TheSchema_CarriesTheParameterLimits_AndTheNamesAsTheModelSeesThem()
    {
        var kernel = Kernel(new ScriptedBrain(), new TurnLog());
        var score = kernel.Plugins.GetFunction("test", "score");

        score.JsonSchema.GetProperty("properties").GetProperty("score").GetProperty("maximum").GetInt32().Should().Be(10);
        score.JsonSchema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Should().Equal("score");
        score.Description.Should().Be("Scores.");
    }

    private static Kernel Kernel(IChatClient brain, TurnLog log)
    {
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton(brain.AsBuilder().UseKernelFunctionInvocation().Build());
        var kernel = builder.Build();
        kernel.Plugins.Add(PluginFactory.Create("test", new TestPlugin()));
        kernel.AutoFunctionInvocationFilters.Add(new FunctionCallFilter(log, new FakeTimeProvider(), NullLogger.Instance));
        return kernel;
    }

    private static ChatHistory History(string text)
    {
        var history = new ChatHistory();
        history.AddUserMessage(text);
        return history;
    }

    private static FunctionCallContent Call(string id, string name, params (string Key, object Value)[] arguments) =>
        new(id, name, arguments.ToDictionary(a => a.Key, a => (object?)a.Value));

    private static ActivityListener Listen(List<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == CoreTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    public sealed class TestPlugin
    {
        [KernelFunction("explode"), Description("Throws.")]
        public string Explode() => throw new InvalidOperationException("boom");

        [KernelFunction("echo"), Description("Echoes.")]
        public string Echo(string word) => "echo " + word;

        [KernelFunction("score"), Description("Scores.")]
        public int Score([Range(1, 10)] int score) => score;
    }

    /// <summary>Answers each request with the next round of calls; once they run out (or functions are off), with "done".</summary>
    private sealed class ScriptedBrain(params FunctionCallContent[][] rounds) : IChatClient
    {
        public List<List<ChatMessage>> Seen { get; } = [];

        public List<ChatOptions?> Options { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Seen.Add([.. messages]);
            Options.Add(options);
            var round = rounds.Length == 1 ? rounds[0] : Seen.Count <= rounds.Length ? rounds[Seen.Count - 1] : [];
            var calls = options?.ToolMode is NoneChatToolMode ? [] : round.Select(c => new FunctionCallContent($"{c.CallId}-{Seen.Count}", c.Name, c.Arguments)).ToArray();
            return Task.FromResult(new ChatResponse(calls.Length > 0 ? new ChatMessage(ChatRole.Assistant, [.. calls]) : new ChatMessage(ChatRole.Assistant, "done")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

        public void Dispose()
        {
        }
    }
}
