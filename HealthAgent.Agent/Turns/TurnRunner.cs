using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace HealthAgent.Agent.Turns;

/// <summary>
/// Runs a turn through the kernel's chat client with <see cref="FunctionChoiceBehavior.Auto"/>: Semantic Kernel calls
/// the functions the brain asks for and feeds the results back until the brain answers in text. When
/// <see cref="FunctionCallFilter"/> ends the calling after its last round, the brain is asked once more with functions
/// switched off, so the user still gets an answer about what was done.
/// </summary>
public static class TurnRunner
{
    private static readonly PromptExecutionSettings Auto = new() { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
    private static readonly PromptExecutionSettings NoFunctions = new() { FunctionChoiceBehavior = FunctionChoiceBehavior.None() };

    /// <summary>The brain's final text; <paramref name="history"/> receives the turn's messages.</summary>
    public static async Task<string> RunAsync(Kernel kernel, ChatHistory history, CancellationToken cancellationToken)
    {
        var chat = kernel.GetRequiredService<IChatClient>().AsChatCompletionService(kernel.Services);
        var reply = await chat.GetChatMessageContentAsync(history, Auto, kernel, cancellationToken);
        history.Add(reply);
        if (reply.Role == AuthorRole.Tool)
        {
            reply = await chat.GetChatMessageContentAsync(history, NoFunctions, kernel, cancellationToken);
            history.Add(reply);
        }
        // Still no words (a model that ignored "no functions"): the caller words the answer from the functions' results.
        return reply.Role == AuthorRole.Assistant ? reply.Content ?? "" : "";
    }
}
