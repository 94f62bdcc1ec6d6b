using HealthAgent.Agent.Photos;
using System.Diagnostics;
using System.Text.Json;
using HealthAgent.Agent.Llm;
using HealthAgent.Agent.Loop;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Conversations.Photos;
using HealthAgent.Core.Diagnostics;
using HealthAgent.Core.Time;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthAgent.Tests.Unit.Agent;

public sealed class AgentUnitTests
{
    [Fact]
    public async Task ToolLoop_AThrowingTool_BecomesAFailedResult_WithASpanPerCall()
    {
        var loop = new ToolLoop(new ToolRegistry([new ThrowingTool(), new EchoTool()]), NullLogger<ToolLoop>.Instance, new FakeTimeProvider());
        var brain = new ScriptedBrain(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("1", "explode", new Dictionary<string, object?>()), new FunctionCallContent("2", "echo", new Dictionary<string, object?> { ["x"] = 1 })])),
            new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == CoreTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var result = await loop.RunAsync(brain, [new ChatMessage(ChatRole.User, "go")], new ToolContext(Guid.NewGuid(), "UTC"), null, default);

        result.Text.Should().Be("done");
        result.Calls.Select(c => c.Result.Success).Should().Equal(false, true);
        result.Calls[0].Result.Error.Should().Contain("failed unexpectedly");
        spans.Where(s => s.OperationName.StartsWith("agent.tool")).Select(s => s.OperationName).Should().Contain(["agent.tool explode", "agent.tool echo"]);
    }

    [Fact]
    public void ToolArguments_AcceptNumbersAsStrings_AndRejectOutOfRange()
    {
        var args = new ToolArguments(JsonDocument.Parse("""{"a":"81.4","b":11,"meal":"Breakfast","n":null}""").RootElement);

        args.Number("a", 1, 100).Should().Be(81.4m);
        args.Has("n").Should().BeFalse();
        args.Enum<HealthAgent.Core.Food.MealType>("meal").Should().Be(HealthAgent.Core.Food.MealType.Breakfast);
        var act = () => args.Integer("b", 1, 10);
        act.Should().Throw<ToolArgumentException>().WithMessage("*between 1 and 10*");
    }

    [Fact]
    public void ToolArguments_LocalClockTime_IsTodayInTheUsersZone_OrYesterdayWhenStillAhead()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-12T06:00:00Z"));
        var args = new ToolArguments(JsonDocument.Parse("""{"early":"06:30","late":"23:00"}""").RootElement);
        var berlin = TimeZones.Find("Europe/Berlin");

        args.Instant("early", berlin, time).Should().Be(DateTimeOffset.Parse("2025-03-12T05:30:00Z"));
        args.Instant("late", berlin, time).Should().Be(DateTimeOffset.Parse("2025-03-11T22:00:00Z"));
    }

    [Theory]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("new york", "America/New_York")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("Ho Chi Minh City", "Asia/Ho_Chi_Minh")]
    public void CityTimeZones_ResolveMajorCities(string city, string zone)
    {
        CityTimeZones.TryResolve(city, out var iana).Should().BeTrue();
        iana.Should().Be(zone);
    }

    [Fact]
    public void CityTimeZones_KnowSeveralHundredCities_AllValidZones()
    {
        CityTimeZones.Count.Should().BeGreaterThan(300);
        CityTimeZones.TryResolve("Atlantis", out _).Should().BeFalse();
    }

    [Fact]
    public void LlmConnectionString_ParsesEndpointKeyModelAndVision_AndRejectsGarbage()
    {
        var options = new LlmOptions();
        LlmConnectionString.Apply("Endpoint=http://localhost:11434/v1;Key=ollama;Model=llama3.1;VisionModel=llava", options);

        options.Enabled.Should().BeTrue();
        options.Endpoint.Should().Be(new Uri("http://localhost:11434/v1"));
        options.VisionModel.Should().Be("llava");
        var bad = () => LlmConnectionString.Apply("Endpoint=not a url;Model=x", new LlmOptions());
        bad.Should().Throw<FormatException>();
        var none = new LlmOptions();
        LlmConnectionString.Apply("", none);
        none.Enabled.Should().BeFalse();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)]
    public void ImageInput_DetectsTypeFromMagicBytes(byte[] bytes, string? mime) => ImageInput.DetectMimeType(bytes).Should().Be(mime);

    private sealed class ThrowingTool : IAgentTool
    {
        public string Name => "explode";
        public string Description => "Throws.";
        public JsonElement ParametersSchema => ToolSchema.Empty();
        public Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }

    private sealed class EchoTool : IAgentTool
    {
        public string Name => "echo";
        public string Description => "Echoes.";
        public JsonElement ParametersSchema => ToolSchema.Empty();
        public Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) => Task.FromResult(ToolResult.Ok(arguments));
    }

    private sealed class ScriptedBrain(params ChatResponse[] responses) : IChatClient
    {
        private int _next;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(responses[Math.Min(_next++, responses.Length - 1)]);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
