using System.Security.Cryptography;
using System.Text;

namespace HealthAgent.Tests.Functional.Import;

/// <summary>
/// A realistic copy of the old service's data folder (../shared/design/LEGACY-MEMORY.md), written to a temporary folder
/// with Telegram ids unique to the test: a full user with templates and appended updates, a templates-only user, a user
/// with an unknown field, an unknown file and a Latin-1 file, an empty user folder, and what is not a user folder.
/// </summary>
internal sealed class LegacySample : IDisposable
{
    public const string ProfileTemplate = """
        # User Profile

        ## Physical Stats
        - Age:
        - Height (cm):
        - Current Weight (kg):
        - Target Weight (kg):

        ## Goals
        - Primary Goal:
        - Timeline:

        ## Notes

        """;

    public const string PreferencesTemplate = """
        # Communication Preferences

        ## Style
        - Brevity: medium  # brief, medium, detailed
        - Tone: friendly  # friendly, formal, casual
        - Humor: yes  # yes, no
        - Coaching Style: supportive  # supportive, analytical, tough_love

        ## Features
        - Daily Summary: no
        - Proactive Check-ins: no
        - Timezone: UTC  # IANA timezone (e.g., America/New_York, Europe/London, Asia/Tokyo)

        ## Notes

        """;

    public const string PatternsTemplate = """
        # Behavioral Patterns

        ## Observed Patterns
        (No patterns observed yet)

        ## Food Preferences
        - Likes:
        - Dislikes:
        - Allergies/Restrictions:

        ## Exercise Patterns
        - Typical workout days:
        - Preferred activities:

        ## Notes

        """;

    public const string FoodHistoryTemplate = """
        # Recent Food History

        (No food history yet)

        """;

    private static long _next = 7_000_000_000 + Random.Shared.Next(0, 1_000_000) * 100L;

    public LegacySample()
    {
        Root = Directory.CreateTempSubdirectory("legacy-memory-").FullName;
        var first = Interlocked.Add(ref _next, 10);
        (Full, TemplatesOnly, Odd, Empty, Conflicted) = (first + 1, first + 2, first + 3, first + 4, first + 5);

        Write(Full, "profile.md", ProfileTemplate.Replace("- Current Weight (kg):", "- Current Weight (kg): 80") + """
            Works night shifts twice a week.
            - **height**: 1.68 m
            - **Current Weight (kg)**: 78 kg
            - **Target Weight (kg)**: 62
            - **Primary Goal**: lose 5 kg by summer

            """);
        Write(Full, "preferences.md", PreferencesTemplate + """
            - **tone**: formal
            - **timezone**: Europe/Berlin
            - **tone**: casual

            """);
        Write(Full, "patterns.md", PatternsTemplate.Replace("(No patterns observed yet)", "(No patterns observed yet)\n- Skips breakfast on weekdays\n- Snacks late in the evening") + """
            - **Allergies/Restrictions**: peanuts
            - **likes**: oatmeal, berries, green tea
            - **preferred_activities**: running, yoga

            """);
        Write(Full, "food_history.md", """
            # Recent Food History

            - 2024-05-01: oatmeal with berries (breakfast)
            - 2024-05-01: chicken salad (lunch)
            - 2024-05-01: oatmeal with berries (breakfast)

            """);

        Write(TemplatesOnly, "profile.md", ProfileTemplate);
        Write(TemplatesOnly, "preferences.md", PreferencesTemplate);
        Write(TemplatesOnly, "patterns.md", PatternsTemplate);
        Write(TemplatesOnly, "food_history.md", FoodHistoryTemplate);

        Write(Odd, "profile.md", ProfileTemplate + "- **age**: 34\n- **body fat**: 22%\n");
        Write(Odd, "notes.txt", "call mum on sundays\n");
        WriteBytes(Odd, "preferences.md", Encoding.Latin1.GetBytes(PreferencesTemplate + "- **tone**: gemütlich\n"));

        Directory.CreateDirectory(Path.Combine(Root, Empty.ToString()));
        Directory.CreateDirectory(Path.Combine(Root, "backup-2024"));
        File.WriteAllText(Path.Combine(Root, "README.txt"), "exported from the old bot\n");

        Write(Conflicted, "profile.md", ProfileTemplate + "- **height**: 180 cm\n");
        Write(Conflicted, "preferences.md", PreferencesTemplate + "- **timezone**: Europe/Berlin\n");
        Write(Conflicted, "patterns.md", PatternsTemplate + "- **allergies**: shellfish\n");
    }

    public string Root { get; }

    public long Full { get; }

    public long TemplatesOnly { get; }

    public long Odd { get; }

    public long Empty { get; }

    public long Conflicted { get; }

    /// <summary>Every file under the root with its SHA-256 and last write time, to prove the import only read them.</summary>
    public Dictionary<string, (string Sha256, DateTime Written)> Fingerprint() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(Root, path),
            path => (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path)));

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public string PathOf(long telegramId, string file) => Path.Combine(Root, telegramId.ToString(), file);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Write(long telegramId, string file, string text) => WriteBytes(telegramId, file, new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n")));

    private void WriteBytes(long telegramId, string file, byte[] bytes)
    {
        var folder = Path.Combine(Root, telegramId.ToString());
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, file), bytes);
        File.SetLastWriteTimeUtc(Path.Combine(folder, file), new DateTime(2024, 5, 2, 8, 30, 0, DateTimeKind.Utc));
    }
}
