using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Core.Conversations.Flows;

/// <summary>
/// The buttons of a flow's question: <c>flow:{flow}:{step}:{value}</c>, so a press answers exactly the question it was
/// shown with, and a press on an older question is recognised as such.
/// </summary>
public static class FlowButtons
{
    /// <summary>The prefix the conversation endpoint routes to <see cref="FlowRunner"/>.</summary>
    public const string Prefix = "flow";

    /// <summary>The value of every Skip button.</summary>
    public const string Skip = "skip";

    /// <summary>A button answering <paramref name="step"/> of <paramref name="flow"/> with <paramref name="value"/>.</summary>
    public static ReplyButton Of(string label, string flow, string step, string value) => new(label, $"{Prefix}:{flow}:{step}:{value}");

    /// <summary>A Skip button for <paramref name="step"/>.</summary>
    public static ReplyButton SkipButton(string flow, string step) => Of("Skip ⏭", flow, step, Skip);

    /// <summary>A reply with rows of buttons.</summary>
    public static ConversationReply Ask(string text, params IReadOnlyList<ReplyButton>[] rows) => new(text, rows);
}
