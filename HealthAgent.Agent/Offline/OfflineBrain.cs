using System.Text.Json;
using HealthAgent.Agent.Plugins;
using HealthAgent.Agent.Turns;
using Microsoft.Extensions.AI;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// The deterministic brain, a chat client that Semantic Kernel drives exactly like the LLM. First round: it understands
/// the last user message and answers with function calls (or in words). Second round, once SK has run the calls: it
/// words the answer from their results in the <see cref="TurnLog"/>. It never calls out of process, so it cannot fail or time out.
/// </summary>
public sealed class OfflineBrain(OfflineIntentParser parser, OfflineReplyWriter writer, TurnLog log, string? language = null,
    Func<string, Understanding?>? first = null, Core.Users.MeasurementSystem units = Core.Users.MeasurementSystem.Metric) : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var lastUser = LastIndex(list, ChatRole.User);
        var text = lastUser >= 0 ? list[lastUser].Text : "";
        var patterns = parser.For(language);
        // Requests that need the user's clock (reminders: "tomorrow at 18:00") or that a command decided are read first.
        var understanding = first?.Invoke(text) ?? patterns.Understand(text);

        if (list.Skip(lastUser + 1).SelectMany(m => m.Contents).OfType<FunctionResultContent>().Any())
        {
            return Answer(writer.Write(log.Calls.Select(c => (c.Name, c.Result)), understanding.Focus, units));
        }
        var offered = options is { ToolMode: not NoneChatToolMode, Tools: { } tools } ? tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal) : [];
        var calls = understanding.Calls.Where(c => offered.Contains(c.Tool)).ToList();
        if (calls.Count == 0)
        {
            return Answer(understanding.Reply ?? patterns.NotUnderstood);
        }
        // Arguments travel as JSON, as they do from a model, so SK binds both brains' calls the same way.
        var contents = calls.Select((c, i) => (AIContent)new FunctionCallContent($"offline-{i}", c.Tool,
            c.Arguments.ToDictionary(a => a.Key, a => (object?)JsonSerializer.SerializeToElement(a.Value, PluginFactory.Json)))).ToList();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, contents)) { ModelId = Brains.Offline });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static int LastIndex(IList<ChatMessage> messages, ChatRole role)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == role)
            {
                return i;
            }
        }
        return -1;
    }

    private static Task<ChatResponse> Answer(string text) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = Brains.Offline });
}
