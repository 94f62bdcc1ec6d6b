using HealthAgent.Contracts.Conversations;
using HealthAgent.Core.Common;
using HealthAgent.Core.Conversations;

namespace HealthAgent.Agent.Tools;

/// <summary>The Save / Cancel buttons of a tool drafted in chat (<c>tool:save:{id}</c>, <c>tool:cancel:{id}</c>).</summary>
public sealed class ToolActionHandler(ToolDraftService drafts) : IConversationActionHandler
{
    /// <inheritdoc />
    public string Prefix => ToolActions.Prefix;

    /// <inheritdoc />
    public async Task<ConversationReply> HandleAsync(Guid userId, string action, CancellationToken cancellationToken)
    {
        var parts = action.Split(':');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[2], "N", out var id) || parts[1] is not ("save" or "cancel"))
        {
            return ConversationReply.Plain("That button is not valid any more.");
        }
        try
        {
            if (parts[1] == "cancel")
            {
                await drafts.DiscardAsync(userId, id, cancellationToken);
                return ConversationReply.Plain("Cancelled; nothing was saved.");
            }
            var tool = await drafts.SaveAsync(userId, id, cancellationToken);
            var run = ToolActions.RunCommand(tool.Name, tool.Parameters);
            return ConversationReply.Plain(tool.Approved
                ? $"Saved {tool.Name}. Run it with {run}, or ask me."
                : $"Saved {tool.Name}. It can run once an administrator approves it; then use {run}.");
        }
        catch (NotFoundException)
        {
            return ConversationReply.Plain("This draft was already handled or has expired. Ask me again if you still want the tool.");
        }
        catch (Exception e) when (e is LimitExceededException or ConflictException)
        {
            return ConversationReply.Plain(e.Message);
        }
        catch (DomainValidationException e)
        {
            return ConversationReply.Plain("I couldn't save it: " + string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
    }
}
