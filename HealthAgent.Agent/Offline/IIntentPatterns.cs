using HealthAgent.Core.Conversations.Languages;

namespace HealthAgent.Agent.Offline;

/// <summary>
/// One language's deterministic understanding of the common intents. A new language is a new implementation
/// registered in DI; the offline brain chooses by the user's language and falls back to English.
/// </summary>
public interface IIntentPatterns : ISpokenLanguage
{
    /// <summary>What to tell a user who asks for help.</summary>
    string Help { get; }

    /// <summary>The honest answer to a message that was not understood, with examples.</summary>
    string NotUnderstood { get; }

    /// <summary>Understands one whole message (already trimmed); <see cref="Understanding.None"/> when no pattern fits.</summary>
    Understanding Understand(string text);
}
