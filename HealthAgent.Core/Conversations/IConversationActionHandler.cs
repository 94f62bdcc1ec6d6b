using HealthAgent.Contracts.Conversations;
namespace HealthAgent.Core.Conversations;

/// <summary>
/// Handles button presses whose action id starts with <see cref="Prefix"/> and a colon (for example
/// <c>reminder:done:…</c>). Each feature that puts buttons on replies registers one; the conversation endpoint routes by prefix.
/// </summary>
public interface IConversationActionHandler
{
    /// <summary>The action prefix this handler owns, without the colon (<c>reminder</c>, <c>photo</c>, <c>account</c>).</summary>
    string Prefix { get; }

    /// <summary>Handles the press for <paramref name="userId"/> and returns the reply that replaces the pressed message.</summary>
    Task<ConversationReply> HandleAsync(Guid userId, string action, CancellationToken cancellationToken);
}
