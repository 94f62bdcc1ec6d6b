using HealthAgent.Agent.Tools;
using Microsoft.Extensions.AI;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// The deterministic brain, behind the same <see cref="IChatClient"/> interface as the LLM so the same tool loop drives
/// both. First round: it understands the last user message and asks for tool calls (or answers directly). Second round:
/// it sees the tool results and words the answer. It never calls out of process, so it cannot fail or time out.
/// </summary>
public sealed class OfflineBrain(OfflineIntentParser parser, OfflineReplyWriter writer, string? language = null, Func<string, Understanding?>? first = null) : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var lastUser = LastIndex(list, ChatRole.User);
        var text = lastUser >= 0 ? list[lastUser].Text : "";
        var patterns = parser.For(language);
        // Requests that need the user's clock (reminders: "tomorrow at 18:00") are read first, by the caller's reader.
        var understanding = first?.Invoke(text) ?? patterns.Understand(text);

        var since = list.Skip(lastUser + 1).SelectMany(m => m.Contents).ToList();
        var names = since.OfType<FunctionCallContent>().ToDictionary(c => c.CallId, c => c.Name);
        var results = since.OfType<FunctionResultContent>()
            .Select(r => (Tool: names.GetValueOrDefault(r.CallId, "?"), Result: r.Result as ToolResult ?? ToolResult.Ok(r.Result)))
            .ToList();
        if (results.Count > 0)
        {
            return Answer(writer.Write(results, understanding.Focus));
        }
        var offered = options is { ToolMode: not NoneChatToolMode, Tools: { } tools } ? tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal) : [];
        var calls = understanding.Calls.Where(c => offered.Contains(c.Tool)).ToList();
        if (calls.Count == 0)
        {
            return Answer(understanding.Reply ?? patterns.NotUnderstood);
        }
        var contents = calls.Select((c, i) => (AIContent)new FunctionCallContent($"offline-{i}", c.Tool, c.Arguments.ToDictionary(a => a.Key, a => a.Value))).ToList();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, contents)) { ModelId = "offline" });
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
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "offline" });
}
