using HealthAgent.Core.Conversations.Languages;

namespace HealthAgent.Agent.Offline;

/// <summary>Chooses the pattern set for the user's language (English when there is none) and understands a message with it.</summary>
public sealed class OfflineIntentParser(IEnumerable<IIntentPatterns> languages) : ILanguageCatalog
{
    private readonly IReadOnlyDictionary<string, IIntentPatterns> _byLanguage = languages.ToDictionary(l => l.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every language the offline brain understands, English first.</summary>
    public IReadOnlyList<IIntentPatterns> Languages { get; } = [.. languages.OrderBy(l => l.Language != "en").ThenBy(l => l.Language, StringComparer.Ordinal)];

    IReadOnlyList<ISpokenLanguage> ILanguageCatalog.Languages => Languages;

    /// <summary>The patterns for <paramref name="language"/>, or English.</summary>
    public IIntentPatterns For(string? language) =>
        language is not null && _byLanguage.TryGetValue(language.Split('-')[0], out var patterns) ? patterns : _byLanguage["en"];

    /// <summary>Understands <paramref name="text"/> in <paramref name="language"/>.</summary>
    public Understanding Understand(string text, string? language = null) => For(language).Understand(text);
}
