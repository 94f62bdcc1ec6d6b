namespace HealthAgent.Bot.Api;

/// <summary>The reply to render: plain text (the Bot escapes it), rows of buttons, an optional image.</summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>>? Buttons = null, ReplyImage? Image = null);
