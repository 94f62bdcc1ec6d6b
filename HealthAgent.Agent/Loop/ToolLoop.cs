using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using HealthAgent.Agent.Tools;
using HealthAgent.Core.Common;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Agent.Loop;

/// <summary>
/// Our own function-calling loop (Microsoft.Extensions.AI's function-invoking client is not available): sends the
/// messages and tool declarations to a brain, runs the tool calls it asks for, feeds the results back and repeats until
/// the brain answers in text, for at most <see cref="MaxRounds"/> rounds. A tool that throws becomes a failed result the
/// brain can recover from; the loop itself only lets the brain's own failures and cancellation through.
/// </summary>
public sealed class ToolLoop(ToolRegistry tools, ILogger<ToolLoop> logger, TimeProvider time)
{
    /// <summary>The most brain round trips that may request tools in one turn.</summary>
    public const int MaxRounds = 8;

    private static readonly Histogram<double> ToolDuration = CoreTelemetry.Meter.CreateHistogram<double>(
        "healthagent.agent.tool.duration", "ms", "Duration of agent tool calls.");

    /// <summary>Runs the loop; <paramref name="messages"/> receives the brain's messages and the tool results.</summary>
    /// <param name="brain">The brain (LLM adapter or offline brain).</param>
    /// <param name="messages">The conversation so far; appended to.</param>
    /// <param name="context">Whose data the tools act on.</param>
    /// <param name="onCall">Told about each executed call as soon as it finishes, so a caller can keep them if the brain fails later.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task<ToolLoopResult> RunAsync(IChatClient brain, List<ChatMessage> messages, ToolContext context,
        Action<ExecutedToolCall>? onCall, CancellationToken cancellationToken)
    {
        var options = new ChatOptions
        {
            Tools = tools.All.Select(t => (AITool)AIFunctionFactory.CreateDeclaration(t.Name, t.Description, t.ParametersSchema)).ToList(),
            ToolMode = ChatToolMode.Auto,
        };
        var executed = new List<ExecutedToolCall>();
        for (var round = 1; round <= MaxRounds; round++)
        {
            var response = await brain.GetResponseAsync(messages, options, cancellationToken);
            messages.AddRange(response.Messages);
            var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0)
            {
                return new ToolLoopResult(response.Text, executed, round);
            }
            var results = new List<AIContent>(calls.Count);
            foreach (var call in calls)
            {
                var done = await InvokeAsync(call, context, cancellationToken);
                executed.Add(done);
                onCall?.Invoke(done);
                results.Add(new FunctionResultContent(call.CallId, done.Result));
            }
            messages.Add(new ChatMessage(ChatRole.Tool, results));
        }

        // Out of rounds: ask once more without tools, so the user still gets an answer about what was done.
        logger.LogWarning("The brain asked for tools in {Rounds} consecutive rounds; asking for a final answer without tools", MaxRounds);
        var final = await brain.GetResponseAsync(messages, new ChatOptions { Tools = options.Tools, ToolMode = ChatToolMode.None }, cancellationToken);
        messages.AddRange(final.Messages);
        return new ToolLoopResult(final.Text, executed, MaxRounds + 1);
    }

    private async Task<ExecutedToolCall> InvokeAsync(FunctionCallContent call, ToolContext context, CancellationToken cancellationToken)
    {
        using var activity = CoreTelemetry.ActivitySource.StartActivity($"agent.tool {call.Name}");
        activity?.SetTag("agent.tool.name", call.Name);
        activity?.SetTag("agent.tool.call_id", call.CallId);
        var started = time.GetTimestamp();
        var arguments = JsonSerializer.SerializeToElement(call.Arguments ?? new Dictionary<string, object?>());
        var result = await RunToolAsync(call, arguments, context, cancellationToken);
        var elapsed = time.GetElapsedTime(started);

        activity?.SetTag("agent.tool.success", result.Success);
        if (!result.Success)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Error);
        }
        ToolDuration.Record(elapsed.TotalMilliseconds, new("tool", call.Name), new("outcome", result.Success ? "ok" : "error"));
        // Arguments are not logged: they carry what the user ate and weighs.
        logger.LogInformation("Agent tool {Tool} {Outcome} in {ElapsedMs:0.0} ms{Error}", call.Name, result.Success ? "succeeded" : "failed",
            elapsed.TotalMilliseconds, result.Success ? "" : ": " + result.Error);
        return new ExecutedToolCall(call.Name, arguments, result, elapsed);
    }

    private async Task<ToolResult> RunToolAsync(FunctionCallContent call, JsonElement arguments, ToolContext context, CancellationToken cancellationToken)
    {
        if (!tools.TryGet(call.Name, out var tool))
        {
            return ToolResult.Fail($"There is no tool named '{call.Name}'. Available: {string.Join(", ", tools.All.Select(t => t.Name))}.");
        }
        if (call.Exception is not null)
        {
            return ToolResult.Fail($"The arguments for '{call.Name}' were not valid JSON; send a JSON object matching the schema.");
        }
        try
        {
            return await tool.InvokeAsync(context, arguments, cancellationToken);
        }
        catch (ToolArgumentException e)
        {
            return ToolResult.Fail(e.Message);
        }
        catch (DomainValidationException e)
        {
            return ToolResult.Fail(string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
        catch (NotFoundException e)
        {
            return ToolResult.Fail(e.Message);
        }
        catch (ConflictException e)
        {
            return ToolResult.Fail(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Agent tool {Tool} threw", call.Name);
            return ToolResult.Fail($"'{call.Name}' failed unexpectedly; tell the user it could not be done right now.");
        }
    }
}
