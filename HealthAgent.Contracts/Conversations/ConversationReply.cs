namespace HealthAgent.Contracts.Conversations;

/// <summary>What the agent answers: text, optional rows of inline buttons, an optional image.</summary>
/// <param name="Text">The reply text (plain text; the channel escapes it).</param>
/// <param name="Buttons">Rows of buttons; empty for none.</param>
/// <param name="Image">An image to send with the reply, or null.</param>
public sealed record ConversationReply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons, ReplyImage? Image = null)
{
    /// <summary>A text-only reply.</summary>
    public static ConversationReply Plain(string text) => new(text, []);
}
