namespace HealthAgent.Contracts.Conversations;

/// <summary>
/// A conversation request the Api refuses (an empty or too long message, an unreadable image, an unknown command or
/// button): a 400 Problem Details document (<c>application/problem+json</c>) that also carries the reply to show the user.
/// </summary>
/// <param name="Type">The problem type (RFC 9110's 400).</param>
/// <param name="Title">The problem title.</param>
/// <param name="Status">400.</param>
/// <param name="Detail">Why, in one sentence (the same words as the reply).</param>
/// <param name="Reply">What the Bot shows the user.</param>
public sealed record ConversationRefusal(string Type, string Title, int Status, string Detail, ConversationReply Reply)
{
    /// <summary>The media type of a refusal.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>A refusal whose reply is <paramref name="text"/>.</summary>
    public static ConversationRefusal Of(string text) =>
        new("https://tools.ietf.org/html/rfc9110#section-15.5.1", "The request was refused.", 400, text, ConversationReply.Plain(text));
}
