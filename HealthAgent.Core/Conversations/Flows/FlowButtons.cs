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

    /// <summary>The step name of a button that starts its flow (a reminder's "Sleep check-in").</summary>
    public const string StartStep = "start";

    /// <summary>A button that starts <paramref name="flow"/> (whatever the user is doing).</summary>
    public static ReplyButton Start(string label, string flow) => Of(label, flow, StartStep, "now");

    /// <summary>A Skip button for <paramref name="step"/>.</summary>
    public static ReplyButton SkipButton(string flow, string step) => Of("Skip ⏭", flow, step, Skip);

    /// <summary>A reply with rows of buttons.</summary>
    public static ConversationReply Ask(string text, params IReadOnlyList<ReplyButton>[] rows) => new(text, rows);
}
