using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Parsing;

namespace HealthAgent.Agent.Offline;

/// <summary>Tells whether a phrase names at least one food the built-in table knows, so "2 eggs and toast" is a meal and "2 things" is not.</summary>
public sealed class FoodRecognizer(MealSentenceSplitter splitter, FoodPhraseParser parser)
{
    /// <summary>Whether any part of <paramref name="text"/> confidently matches a known food.</summary>
    public bool ContainsFood(string text) =>
        splitter.Split(text).Any(phrase => parser.Parse(phrase).Match is { Confidence: >= FoodMatcher.ConfidentThreshold });
}
