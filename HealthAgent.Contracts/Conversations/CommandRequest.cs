namespace HealthAgent.Contracts.Conversations;

/// <summary>Body of <c>POST …/conversation/commands</c>: a chat command of <see cref="Commands.ChatCommands"/>.</summary>
/// <param name="Command">The command name, without the slash.</param>
/// <param name="Args">What the user wrote after the command, or null.</param>
public sealed record CommandRequest(string? Command, string? Args)
{
    /// <summary>The longest command name.</summary>
    public const int MaxCommandLength = 32;

    /// <summary>The longest arguments: room for <c>/newtool name = formula</c> with a formula of the most characters allowed (500).</summary>
    public const int MaxArgsLength = 600;
}
