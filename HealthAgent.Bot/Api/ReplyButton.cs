namespace HealthAgent.Bot.Api;

/// <summary>A button: its label and the action sent back to the Api when pressed.</summary>
public sealed record ReplyButton(string Label, string Action);
