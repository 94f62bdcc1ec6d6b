using System.Reflection;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Turns;
using HealthAgent.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;

namespace HealthAgent.Tests.Functional.Agent;

/// <summary>The names in <see cref="AgentFunctions"/> are the names of functions a turn's kernel offers the brain.</summary>
public sealed class AgentFunctionsTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task EveryAgentFunctionsConstant_NamesAFunctionOfferedToTheBrain_InATurnsKernel()
    {
        var constants = typeof(AgentFunctions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var brain = new OfferRecorder();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var kernel = scope.ServiceProvider.GetRequiredService<TurnKernelFactory>().ForBrain(brain, new ToolContext(Guid.NewGuid(), "UTC"), new TurnLog());
        var history = new ChatHistory();
        history.AddUserMessage("hello");

        await TurnRunner.RunAsync(kernel, history, CancellationToken.None);

        constants.Should().NotBeEmpty("AgentFunctions holds the functions' names as constants");
        brain.Offered.Should().NotBeEmpty("a turn offers the brain its functions");
        constants.Where(c => !brain.Offered.Contains(c.Value)).Select(c => $"AgentFunctions.{c.Key} = \"{c.Value}\"")
            .Should().BeEmpty("every constant must name a function the brain is offered; offered: {0}", string.Join(", ", brain.Offered.Order()));
    }

    /// <summary>A brain that notes the names of the functions it is offered and answers in text.</summary>
    private sealed class OfferRecorder : IChatClient
    {
        public HashSet<string> Offered { get; } = new(StringComparer.Ordinal);

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Offered.UnionWith(options?.Tools?.Select(t => t.Name) ?? []);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

        public void Dispose()
        {
        }
    }
}
