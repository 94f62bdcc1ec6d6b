using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// Routes answers to the user's flow in progress: messages (text, a shared location) before any brain sees them, and
/// the flows' buttons (<c>flow:{flow}:{step}:{value}</c>). "stop" ends a flow; a message that is not an answer, and any
/// message after a flow lapsed, goes to the brains.
/// </summary>
public sealed class FlowRunner(FlowStore store, IEnumerable<IConversationFlow> flows) : IConversationActionHandler
{
    /// <inheritdoc />
    public string Prefix => FlowButtons.Prefix;

    /// <summary>Starts <paramref name="flow"/> for the user.</summary>
    public Task<ConversationReply> StartAsync(Guid userId, string flow, CancellationToken cancellationToken) =>
        Find(flow).StartAsync(userId, cancellationToken);

    /// <summary>The flow's answer to a message, or null when no flow is in progress (the brains answer).</summary>
    public async Task<ConversationReply?> TryAnswerAsync(Guid userId, FlowInput input, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(userId, cancellationToken) is not { } state)
        {
            return null;
        }
        if (input.IsStop)
        {
            await store.EndAsync(userId, cancellationToken);
            return ConversationReply.Plain("OK, stopped. Everything you answered so far is saved.");
        }
        return await Find(state.Flow).ContinueAsync(userId, state, input, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ConversationReply> HandleAsync(Guid userId, string action, CancellationToken cancellationToken)
    {
        var parts = action.Split(':', 4);
        if (parts.Length != 4 || flows.All(f => f.Name != parts[1]))
        {
            return ConversationReply.Plain("That button is not valid any more.");
        }
        if (parts[2] == FlowButtons.StartStep)
        {
            return await StartAsync(userId, parts[1], cancellationToken);
        }
        var state = await store.GetAsync(userId, cancellationToken);
        if (state is null || state.Flow != parts[1] || state.Step != parts[2])
        {
            return ConversationReply.Plain("That question was already answered.");
        }
        return await Find(state.Flow).ContinueAsync(userId, state, new FlowInput(Choice: parts[3]), cancellationToken)
            ?? ConversationReply.Plain("That button is not valid any more.");
    }

    private IConversationFlow Find(string name) =>
        flows.FirstOrDefault(f => f.Name == name) ?? throw new InvalidOperationException($"There is no flow '{name}'.");
}
