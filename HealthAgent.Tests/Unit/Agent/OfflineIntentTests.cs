using System.Text.Json;
using HealthAgent.Agent.Offline;
using HealthAgent.Agent.Offline.Spanish;
using HealthAgent.Core.Nutrition.Matching;
using HealthAgent.Core.Nutrition.Parsing;
using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Tests.Unit.Agent;

/// <summary>The offline brain against a table of utterances (offline-utterances.txt) with the tool calls it must make, or none.</summary>
public sealed class OfflineIntentTests
{
    internal static readonly Lazy<EnglishIntents> English = new(() =>
    {
        var table = FoodTable.LoadEmbedded();
        return new EnglishIntents(new FoodRecognizer(new MealSentenceSplitter(table), new FoodPhraseParser(new FoodMatcher(table))));
    });

    internal static readonly Lazy<SpanishIntents> Spanish = new(() =>
    {
        var table = FoodTable.LoadEmbedded();
        return new SpanishIntents(new FoodRecognizer(new MealSentenceSplitter(table), new FoodPhraseParser(new FoodMatcher(table))));
    });

    public static TheoryData<string, string, string> Utterances() => Table("offline-utterances.txt");

    public static TheoryData<string, string, string> SpanishUtterances() => Table("offline-utterances.es.txt");

    private static TheoryData<string, string, string> Table(string file)
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Unit", "Agent", file);
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('|');
            data.Add(parts[0], parts[1].Trim(), parts.Length > 2 ? parts[2].Trim() : "");
        }
        return data;
    }

    [Fact]
    public void Table_HasAtLeast250Utterances_IncludingRefusals()
    {
        var rows = Utterances().Select(r => (string)r[1]).ToList();

        rows.Should().HaveCountGreaterThanOrEqualTo(250);
        rows.Count(r => r == "-").Should().BeGreaterThanOrEqualTo(30, "the brain must be shown to refuse");
    }

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Understand_MakesTheExpectedToolCalls(string utterance, string tools, string arguments) =>
        Expect(English.Value, utterance, tools, arguments);

    [Theory]
    [MemberData(nameof(SpanishUtterances))]
    public void Spanish_MakesTheExpectedToolCalls(string utterance, string tools, string arguments) =>
        Expect(Spanish.Value, utterance, tools, arguments);

    [Fact]
    public void SpanishFoodWords_AllNameFoodsTheTableMatchesConfidently()
    {
        var parser = new FoodPhraseParser(new FoodMatcher(FoodTable.LoadEmbedded()));

        var unmatched = SpanishFoods.Words.Where(w => parser.Parse(w.English).Match is not { Confidence: >= FoodMatcher.ConfidentThreshold } m
            || !string.Equals(m.Food.Name, w.English, StringComparison.Ordinal)).Select(w => $"{w.Spanish} → {w.English}").ToList();

        SpanishFoods.Words.Should().HaveCountGreaterThan(80);
        unmatched.Should().BeEmpty("every Spanish word points at a food of the built-in table by its own name");
    }

    [Fact]
    public void Parser_ChoosesSpanishForSpanishSpeakers_AndTheirHelpIsInSpanish()
    {
        var parser = new OfflineIntentParser([English.Value, Spanish.Value]);

        parser.Understand("peso 81,4", "es-AR").Calls.Should().ContainSingle().Which.Tool.Should().Be("tracking_log_weight");
        parser.Understand("peso 81,4", "en").Calls.Should().BeEmpty();
        parser.For("es").Understand("algo raro").Reply.Should().StartWith("Perdona, no lo he entendido.");
        parser.For("es").Understand("ayuda").Reply.Should().Contain("un café con leche y dos tostadas");
    }

    private static void Expect(IIntentPatterns patterns, string utterance, string tools, string arguments)
    {
        var understanding = patterns.Understand(utterance);

        var names = string.Join('+', understanding.Calls.Select(c => c.Tool));
        names.Should().Be(tools == "-" ? "" : tools, $"'{utterance}' was understood as [{Describe(understanding)}]");
        if (tools == "-")
        {
            understanding.Reply.Should().NotBeNullOrWhiteSpace("a message without tool calls still gets an answer (help or 'I didn't get that')");
            return;
        }
        var expected = JsonDocument.Parse(arguments.Length == 0 ? "{}" : arguments).RootElement;
        var expectedCalls = expected.ValueKind == JsonValueKind.Array ? expected.EnumerateArray().ToList() : [expected];
        for (var i = 0; i < expectedCalls.Count; i++)
        {
            var actual = JsonSerializer.SerializeToElement(understanding.Calls[i].Arguments);
            foreach (var property in expectedCalls[i].EnumerateObject())
            {
                actual.TryGetProperty(property.Name, out var value).Should().BeTrue($"'{utterance}' should pass '{property.Name}' (got {actual})");
                Same(value, property.Value).Should().BeTrue($"'{utterance}' should pass {property.Name}={property.Value} (got {actual})");
            }
        }
    }

    [Fact]
    public void Understand_UnknownMessage_SaysSoWithExamples()
    {
        var understanding = English.Value.Understand("tell me a joke");

        understanding.Calls.Should().BeEmpty();
        understanding.Reply.Should().Contain("didn't get that").And.Contain("2 eggs and toast");
    }

    [Fact]
    public void Parser_UnknownLanguage_FallsBackToEnglish()
    {
        var parser = new OfflineIntentParser([English.Value]);

        parser.Understand("weight 81.4", "de").Calls.Should().ContainSingle().Which.Tool.Should().Be("tracking_log_weight");
    }

    private static bool Same(JsonElement actual, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.Number => actual.ValueKind == JsonValueKind.Number && actual.GetDecimal() == expected.GetDecimal(),
        JsonValueKind.String => actual.ValueKind == JsonValueKind.String && actual.GetString() == expected.GetString(),
        _ => actual.GetRawText() == expected.GetRawText(),
    };

    private static string Describe(Understanding u) =>
        u.Calls.Count == 0 ? "reply only" : string.Join(", ", u.Calls.Select(c => $"{c.Tool} {JsonSerializer.Serialize(c.Arguments)}"));
}
