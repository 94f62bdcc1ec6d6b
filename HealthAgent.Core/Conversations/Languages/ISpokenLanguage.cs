namespace HealthAgent.Core.Conversations.Languages;

/// <summary>A language HealthAgent understands: what a user's <c>language</c> may be set to in onboarding and settings.</summary>
public interface ISpokenLanguage
{
    /// <summary>The ISO 639-1 code (<c>en</c>).</summary>
    string Language { get; }

    /// <summary>The language's own name, as buttons show it (<c>English</c>, <c>Español</c>).</summary>
    string Name { get; }
}
