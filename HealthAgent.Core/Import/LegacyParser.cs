using HealthAgent.Core.Measurements;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthAgent.Core.Memory;

namespace HealthAgent.Core.Import;

/// <summary>
/// Reads the text of a legacy user folder into an <see cref="ImportPlan"/> (the rules are in docs/memory-import.md):
/// template lines (<c>- Field: value  # hint</c>) and the old service's appended updates (<c>- **field**: value</c>) are
/// fields, and within a file the later line of a field wins; other lines are free text kept as memories of their
/// section's kind; placeholders, empty values and the template's defaults are skipped with the reason.
/// </summary>
public static partial class LegacyParser
{
    private sealed record Section(bool Fields, MemoryCategory Category, string Prefix);

    private static readonly Dictionary<(string File, string Section), Section> Sections = new()
    {
        [("profile.md", "")] = new(false, MemoryCategory.Other, ""),
        [("profile.md", "physical stats")] = new(true, MemoryCategory.Health, ""),
        [("profile.md", "goals")] = new(true, MemoryCategory.Goal, ""),
        [("profile.md", "notes")] = new(false, MemoryCategory.Other, ""),
        [("preferences.md", "")] = new(false, MemoryCategory.Preference, ""),
        [("preferences.md", "style")] = new(true, MemoryCategory.Preference, ""),
        [("preferences.md", "features")] = new(true, MemoryCategory.Preference, ""),
        [("preferences.md", "notes")] = new(false, MemoryCategory.Preference, ""),
        [("patterns.md", "")] = new(false, MemoryCategory.Routine, ""),
        [("patterns.md", "observed patterns")] = new(false, MemoryCategory.Routine, "Observed pattern: "),
        [("patterns.md", "food preferences")] = new(true, MemoryCategory.Diet, "Food preference: "),
        [("patterns.md", "exercise patterns")] = new(true, MemoryCategory.Routine, "Exercise: "),
        [("patterns.md", "notes")] = new(false, MemoryCategory.Other, ""),
    };

    private sealed record FieldHit(LegacyField Field, string Value, string Text, LineRef From, bool Updated, DateTimeOffset At);

    /// <summary>The plan for <paramref name="folder"/>'s readable known files.</summary>
    public static ImportPlan Parse(LegacyFolder folder)
    {
        var hits = new List<FieldHit>();
        var memories = new List<PlannedMemory>();
        var skipped = new List<SkippedLine>();
        var attention = new List<AttentionLine>();
        foreach (var file in folder.Files.Where(f => f.Known && f.Text is not null))
        {
            ReadFile(file, hits, memories, skipped, attention);
        }

        var facts = new List<PlannedFact>();
        foreach (var group in hits.GroupBy(h => h.Field.Key))
        {
            var ordered = group.ToList();
            var latest = ordered[^1];
            skipped.AddRange(ordered[..^1].Select(h => new SkippedLine(h.From, h.Text, $"duplicate: superseded by {latest.From}")));
            if (Skip(latest.Value, latest.Field, latest.Updated) is { } reason)
            {
                skipped.Add(new SkippedLine(latest.From, latest.Text, reason));
            }
            else if (latest.Field.Fact != FactKind.None && ToFact(latest) is { } fact)
            {
                facts.Add(fact);
            }
            else
            {
                if (latest.Field.Fact is FactKind.TimeZone or FactKind.HeightCm or FactKind.WeightKg or FactKind.TargetWeightKg)
                {
                    attention.Add(new AttentionLine(latest.From, latest.Text, $"'{latest.Value}' is not a {Describe(latest.Field.Fact)}; kept as a memory"));
                }
                memories.Add(new PlannedMemory(latest.Field.Category, $"{latest.Field.Label}: {latest.Value}", latest.From));
            }
        }
        return new ImportPlan(facts, Distinct(memories, skipped), skipped, attention);
    }

    private static void ReadFile(LegacyFile file, List<FieldHit> hits, List<PlannedMemory> memories, List<SkippedLine> skipped, List<AttentionLine> attention)
    {
        var name = file.Name.ToLowerInvariant();
        var section = Sections.GetValueOrDefault((name, ""), new Section(false, MemoryCategory.Other, ""));
        var lines = file.Text!.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            var from = new LineRef(file.Name, i + 1);
            if (text.Length == 0)
            {
                continue;
            }
            if (Heading().Match(text) is { Success: true } heading)
            {
                var title = heading.Groups["title"].Value.Trim();
                if (heading.Groups["level"].Length > 1)
                {
                    section = name == "food_history.md" ? section
                        : Sections.GetValueOrDefault((name, title.ToLowerInvariant()), new Section(false, MemoryCategory.Other, title + ": "));
                }
                continue;
            }
            if (name == "food_history.md")
            {
                FreeText(text, from, MemoryCategory.Other, "Food history: ", memories, skipped);
                continue;
            }
            var updated = BoldField().Match(text);
            var plain = updated.Success ? Match.Empty : section.Fields ? PlainField().Match(text) : Match.Empty;
            var field = updated.Success ? updated : plain;
            if (field.Success)
            {
                var value = Value(field.Groups["value"].Value, updated.Success);
                if (LegacyFields.Find(field.Groups["field"].Value) is { } known)
                {
                    hits.Add(new FieldHit(known, value, text, from, updated.Success, file.LastWriteUtc));
                }
                else
                {
                    attention.Add(new AttentionLine(from, text, $"unknown field '{field.Groups["field"].Value.Trim()}'; not imported"));
                }
                continue;
            }
            FreeText(text, from, section.Category, section.Prefix, memories, skipped);
        }
    }

    private static void FreeText(string text, LineRef from, MemoryCategory category, string prefix, List<PlannedMemory> memories, List<SkippedLine> skipped)
    {
        var content = Bullet().Replace(text, "").Trim();
        if (content.Length == 0)
        {
            skipped.Add(new SkippedLine(from, text, "empty"));
        }
        else if (IsPlaceholder(content))
        {
            skipped.Add(new SkippedLine(from, text, "placeholder"));
        }
        else
        {
            memories.AddRange(Chunks(prefix + content).Select(part => new PlannedMemory(category, part, from)));
        }
    }

    // A template line's "# hint" is not part of its value; an update's value is taken as written.
    private static string Value(string raw, bool updated) => (updated ? raw : Hint().Replace(raw, "")).Trim();

    private static string? Skip(string value, LegacyField field, bool updated) =>
        value.Length == 0 ? "empty"
        : IsPlaceholder(value) ? "placeholder"
        : !updated && field.TemplateDefault is { } fallback && string.Equals(value, fallback, StringComparison.OrdinalIgnoreCase) ? "template default"
        : null;

    private static bool IsPlaceholder(string text) => Placeholder().IsMatch(text);

    private static PlannedFact? ToFact(FieldHit hit)
    {
        string? value = hit.Field.Fact switch
        {
            FactKind.TimeZone => Time.TimeZones.TryResolve(hit.Value, out var zone) ? zone : null,
            FactKind.HeightCm => Units.HeightCm(hit.Value) is { } cm ? cm.ToString("0.#", CultureInfo.InvariantCulture) : null,
            FactKind.WeightKg or FactKind.TargetWeightKg => Units.WeightKg(hit.Value) is { } kg ? kg.ToString("0.##", CultureInfo.InvariantCulture) : null,
            FactKind.BirthYear => Units.BirthYear(hit.Value)?.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return value is null ? null : new PlannedFact(hit.Field.Fact, value, hit.Text, hit.From, hit.At);
    }

    private static string Describe(FactKind kind) => kind switch
    {
        FactKind.TimeZone => "time zone HealthAgent knows (an IANA name such as Europe/Berlin)",
        FactKind.HeightCm => "height between 50 and 272 cm",
        _ => "weight between 20 and 400 kg",
    };

    private static List<PlannedMemory> Distinct(List<PlannedMemory> memories, List<SkippedLine> skipped)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<PlannedMemory>();
        foreach (var memory in memories)
        {
            if (seen.Add(memory.Content))
            {
                kept.Add(memory);
            }
            else
            {
                skipped.Add(new SkippedLine(memory.From, memory.Content, "duplicate"));
            }
        }
        return kept;
    }

    // A memory holds at most 500 characters: a longer note is kept whole, in numbered parts split between words.
    private static IEnumerable<string> Chunks(string content)
    {
        if (content.Length <= MemoryService.MaxContentLength)
        {
            return [content];
        }
        var parts = new List<string>();
        var rest = content;
        while (rest.Length > 0)
        {
            var take = Math.Min(rest.Length, MemoryService.MaxContentLength - 12);
            if (take < rest.Length && rest.LastIndexOf(' ', take) is > 0 and var space)
            {
                take = space;
            }
            parts.Add(rest[..take].Trim());
            rest = rest[take..].TrimStart();
        }
        return parts.Select((p, i) => $"{p} ({i + 1}/{parts.Count})");
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s*(?<title>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-*+]\s+\*\*(?<field>[^*]+?):?\*\*\s*:?\s*(?<value>.*)$")]
    private static partial Regex BoldField();

    [GeneratedRegex(@"^[-*+]\s+(?<field>[^:*#]{1,60}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex PlainField();

    [GeneratedRegex(@"(?:^|\s)#.*$")]
    private static partial Regex Hint();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:\(.*\)|\[.*\]|-+|—|–|_+|\?+|\.{3}|…|n/?a|none|null|nil|unknown|tbd|todo|not set|not specified|not provided|not yet)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
