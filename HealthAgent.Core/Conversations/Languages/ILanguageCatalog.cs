namespace HealthAgent.Core.Conversations.Languages;

/// <summary>
/// The languages a user can choose, English first. Core's flows offer them; the agent's offline brain provides them
/// (a language is one more pattern set registered there), so the list is never written twice.
/// </summary>
public interface ILanguageCatalog
{
    /// <summary>Every language understood, English first.</summary>
    IReadOnlyList<ISpokenLanguage> Languages { get; }
}
