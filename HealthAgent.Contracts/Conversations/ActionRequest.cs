namespace HealthAgent.Contracts.Conversations;

/// <summary>Body of <c>POST …/conversation/actions</c>: the action of a button the user pressed.</summary>
/// <param name="Action">The <see cref="ReplyButton.Action"/> of the button.</param>
public sealed record ActionRequest(string? Action);
