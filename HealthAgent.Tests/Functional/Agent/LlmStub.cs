using System.Collections.Concurrent;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Agent;

/// <summary>
/// An OpenAI-compatible server on Kestrel that the real OpenAI SDK calls at <c>/v1/chat/completions</c>: it answers
/// with a script and records each request body.
/// </summary>
public sealed class LlmStub : IAsyncDisposable
{
    private readonly KestrelStub _server;
    private readonly ConcurrentQueue<JsonElement> _requests = new();

    private LlmStub(KestrelStub server, ScriptedResponses script)
    {
        _server = server;
        Script = script;
    }

    public ScriptedResponses Script { get; }

    /// <summary>The request bodies received, in order.</summary>
    public IReadOnlyList<JsonElement> Requests => [.. _requests];

    /// <summary>What <c>/v1/audio/transcriptions</c> answers; null makes it answer 503.</summary>
    public string? Transcript { get; set; } = "I had 2 eggs and toast for breakfast";

    /// <summary>The transcription requests received: the model and the file's name and size.</summary>
    public ConcurrentQueue<(string? Model, string? FileName, long Bytes)> Transcriptions { get; } = new();

    /// <summary>The connection string for the Api (<c>ConnectionStrings:llm</c>).</summary>
    public string ConnectionString(bool vision = false, bool transcription = false) =>
        $"Endpoint={_server.BaseAddress}v1;Key=test-key;Model=stub-model" + (vision ? ";VisionModel=stub-vision" : "")
        + (transcription ? ";TranscriptionModel=stub-whisper" : "");

    public static async Task<LlmStub> StartAsync(ScriptedResponses script)
    {
        LlmStub? stub = null;
        var server = await KestrelStub.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", async (HttpContext context) =>
            {
                var body = await JsonDocument.ParseAsync(context.Request.Body);
                stub!._requests.Enqueue(body.RootElement.Clone());
                await script.HandleAsync(context);
            });
            // OpenAI's speech-to-text: a multipart form with the model and the audio file.
            app.MapPost("/v1/audio/transcriptions", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                var file = form.Files.GetFile("file");
                stub!.Transcriptions.Enqueue((form["model"].ToString(), file?.FileName, file?.Length ?? 0));
                if (stub.Transcript is not { } transcript)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { text = transcript }));
            });
        });
        stub = new LlmStub(server, script);
        return stub;
    }

    /// <summary>A step that answers with text.</summary>
    public static RequestDelegate Text(string text) => Completion(new { role = "assistant", content = text }, "stop");

    /// <summary>A step that asks for tool calls (name, raw arguments JSON).</summary>
    public static RequestDelegate ToolCalls(params (string Name, string Arguments)[] calls) => Completion(new
    {
        role = "assistant",
        content = (string?)null,
        tool_calls = calls.Select((c, i) => new { id = $"call_{i}_{Guid.NewGuid():N}", type = "function", function = new { name = c.Name, arguments = c.Arguments } }),
    }, "tool_calls");

    /// <summary>The settings that point an Api at this stub, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string?> Settings(bool vision = false, params (string Key, string Value)[] extra) => Settings(vision, false, extra);

    /// <summary>The settings that point an Api at this stub, with a transcription model when <paramref name="transcription"/>.</summary>
    public Dictionary<string, string?> Settings(bool vision, bool transcription, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:llm"] = ConnectionString(vision, transcription) };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }

    private static RequestDelegate Completion(object message, string finishReason) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "stub-model",
            choices = new[] { new { index = 0, message, finish_reason = finishReason } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        }));
    };

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
