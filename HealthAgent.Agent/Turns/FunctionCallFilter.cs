using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using HealthAgent.Agent.Plugins;
using HealthAgent.Core.Common;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Turns;

/// <summary>
/// Wraps every function call Semantic Kernel makes for either brain: checks the arguments, runs the function in a span
/// with its duration recorded, turns any failure into a result the model can act on (a throwing function never ends the
/// turn), writes the call to the <see cref="TurnLog"/>, and ends the calling after <see cref="MaxRounds"/> rounds.
/// </summary>
public sealed class FunctionCallFilter(TurnLog log, TimeProvider time, ILogger logger) : IAutoFunctionInvocationFilter
{
    private const string ClosedResult = """{"success":false,"error":"No more function calls in this turn; answer with what you have."}""";

    private bool _closed;

    /// <summary>The most model round trips in one turn that may call functions.</summary>
    public const int MaxRounds = 8;

    private static readonly Histogram<double> Duration = CoreTelemetry.Meter.CreateHistogram<double>(
        "healthagent.agent.tool.duration", "ms", "Duration of agent function calls.");

    /// <inheritdoc />
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (_closed)
        {
            // A model that asks for functions when told not to gets none run: the turn's calling is over.
            context.Result = new FunctionResult(context.Function, ClosedResult);
            context.Terminate = true;
            return;
        }
        var name = context.Function.PluginName is { } plugin ? $"{plugin}_{context.Function.Name}" : context.Function.Name;
        using var activity = CoreTelemetry.ActivitySource.StartActivity($"agent.tool {name}");
        activity?.SetTag("agent.tool.name", name);
        activity?.SetTag("agent.tool.call_id", context.ToolCallId);
        var started = time.GetTimestamp();
        var result = await RunAsync(context, next, name);
        var elapsed = time.GetElapsedTime(started);

        activity?.SetTag("agent.tool.success", result.Success);
        if (!result.Success)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Error);
        }
        Duration.Record(elapsed.TotalMilliseconds, new("tool", name), new("outcome", result.Success ? "ok" : "error"));
        // Arguments are not logged: they carry what the user ate and weighs.
        logger.LogInformation("Agent tool {Tool} {Outcome} in {ElapsedMs:0.0} ms{Error}", name, result.Success ? "succeeded" : "failed",
            elapsed.TotalMilliseconds, result.Success ? "" : ": " + result.Error);
        log.Add(new CalledFunction(name, result, elapsed));
        context.Result = new FunctionResult(context.Function, JsonSerializer.Serialize(result, PluginFactory.Json));

        // The last call of the last allowed round ends the calling; the caller then asks for an answer without functions.
        if (context.RequestSequenceIndex + 1 >= MaxRounds && context.FunctionSequenceIndex + 1 >= context.FunctionCount)
        {
            context.Terminate = true;
            _closed = true;
        }
    }

    private async Task<ToolResult> RunAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next, string name)
    {
        try
        {
            ArgumentValidator.Validate(context.Function, context.Arguments);
            await next(context);
            return ToolResult.Ok(context.Result.GetValue<object>());
        }
        catch (ToolArgumentException e)
        {
            return ToolResult.Fail(e.Message);
        }
        catch (DomainValidationException e)
        {
            return ToolResult.Fail(string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
        catch (Exception e) when (e is NotFoundException or ConflictException or LimitExceededException)
        {
            return ToolResult.Fail(e.Message);
        }
        catch (Exception e) when (e is KernelException or ArgumentException or FormatException or JsonException)
        {
            // Arguments SK could not bind to the parameters (a missing one, a word where a number belongs, JSON that did not parse).
            return ToolResult.Fail($"The arguments for '{name}' do not fit its parameters: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Agent tool {Tool} threw", name);
            return ToolResult.Fail($"'{name}' failed unexpectedly; tell the user it could not be done right now.");
        }
    }
}
