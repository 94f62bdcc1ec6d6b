using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;
using OpenAIChatMessage = OpenAI.Chat.ChatMessage;

namespace HealthAgent.Agent.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's <see cref="ChatClient"/> (Microsoft.Extensions.AI.OpenAI is not
/// available): maps messages, images, tool declarations, tool calls and tool results both ways. Malformed tool-call
/// arguments are not thrown: the call carries the exception so the loop can tell the model.
/// </summary>
public sealed class OpenAIChatClientAdapter(ChatClient client, string model) : IChatClient
{
    // Relaxed escaping keeps apostrophes and accents readable for the model (fewer tokens); the JSON is never rendered as HTML.
    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new ChatCompletionOptions();
        foreach (var tool in options?.Tools?.OfType<AIFunctionDeclaration>() ?? [])
        {
            request.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, BinaryData.FromString(tool.JsonSchema.GetRawText())));
        }
        if (request.Tools.Count > 0 && options?.ToolMode is NoneChatToolMode)
        {
            request.ToolChoice = ChatToolChoice.CreateNoneChoice();
        }
        ChatCompletion completion = await client.CompleteChatAsync(messages.SelectMany(ToOpenAI), request, cancellationToken);

        var contents = new List<AIContent>();
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text));
        }
        contents.AddRange(completion.ToolCalls.Select(ToFunctionCall));
        return new ChatResponse(new AIChatMessage(AIChatRole.Assistant, contents)) { ModelId = completion.Model ?? model };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Replies go to Telegram whole, so streaming is the non-streaming answer in one piece.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClient) ? client : serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static FunctionCallContent ToFunctionCall(ChatToolCall call)
    {
        try
        {
            var arguments = call.FunctionArguments.ToMemory().Length == 0
                ? new Dictionary<string, object?>()
                : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(call.FunctionArguments.ToString())!
                    .ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
            return new FunctionCallContent(call.Id, call.FunctionName, arguments);
        }
        catch (JsonException e)
        {
            return new FunctionCallContent(call.Id, call.FunctionName) { Exception = e };
        }
    }

    private static IEnumerable<OpenAIChatMessage> ToOpenAI(AIChatMessage message)
    {
        if (message.Role == AIChatRole.System)
        {
            yield return new SystemChatMessage(message.Text);
        }
        else if (message.Role == AIChatRole.User)
        {
            var parts = new List<ChatMessageContentPart>();
            foreach (var content in message.Contents)
            {
                if (content is TextContent { Text.Length: > 0 } t)
                {
                    parts.Add(ChatMessageContentPart.CreateTextPart(t.Text));
                }
                else if (content is DataContent data && data.HasTopLevelMediaType("image"))
                {
                    parts.Add(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(data.Data), data.MediaType));
                }
            }
            yield return new UserChatMessage(parts);
        }
        else if (message.Role == AIChatRole.Assistant)
        {
            var calls = message.Contents.OfType<FunctionCallContent>()
                .Select(c => ChatToolCall.CreateFunctionToolCall(c.CallId, c.Name, BinaryData.FromString(JsonSerializer.Serialize(c.Arguments ?? new Dictionary<string, object?>()))))
                .ToList();
            if (calls.Count > 0)
            {
                var assistant = new AssistantChatMessage(calls);
                if (message.Text.Length > 0)
                {
                    assistant.Content.Add(ChatMessageContentPart.CreateTextPart(message.Text));
                }
                yield return assistant;
            }
            else
            {
                yield return new AssistantChatMessage(message.Text);
            }
        }
        else if (message.Role == AIChatRole.Tool)
        {
            foreach (var result in message.Contents.OfType<FunctionResultContent>())
            {
                yield return new ToolChatMessage(result.CallId, JsonSerializer.Serialize(result.Result, ResultJson));
            }
        }
    }
}
