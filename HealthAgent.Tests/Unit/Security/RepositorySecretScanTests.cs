using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HealthAgent.Tests.Unit.Security;

public sealed class RepositorySecretScanTests
{
    // Test code holds deliberately fake secrets (to prove redaction and auth); everything else must hold none.
    private static readonly string[] FixturePrefixes = ["HealthAgent.Tests/"];

    private static readonly (string Name, Regex Pattern, bool EvenInFixtures)[] Rules =
    [
        ("private key", new Regex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"), true),
        ("Telegram bot token", new Regex(@"\b\d{8,10}:[A-Za-z0-9_-]{35}\b"), false),
        ("HealthAgent API key", new Regex(@"\bha_[0-9a-f]{12}_[A-Za-z0-9_-]{40,}"), false),
        // Connection-string syntax (no spaces around '='), so C# assignments such as "Password = settings.Password" pass.
        ("password in a connection string", new Regex(@"(?i)\b(?:password|pwd)=(?!\[REDACTED\]|\.\.\.|…)[^\s;""'`{<$*,)]{3,}"), false),
        ("cloud access key", new Regex(@"\bAKIA[0-9A-Z]{16}\b"), true),
    ];

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Path.Exists(Path.Combine(folder.FullName, ".git")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Not inside a git checkout.");
    }

    private static IEnumerable<string> TrackedFiles(string root)
    {
        var start = new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = root, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.Should().Be(0, "git ls-files lists what the repository holds");
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE " + "KEY-----")]
    [InlineData("token: \"1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1\"")]
    [InlineData("key ha_0123456789ab_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Zm9vYmFy")]
    [InlineData("Host=db;Username=app;Password=hunter22;Database=healthdb")]
    public void Rules_KnownSecretShapes_AreFound(string sample) =>
        Rules.Any(r => r.Pattern.IsMatch(sample)).Should().BeTrue($"the scan must catch {sample}");

    [Fact]
    public void Repository_TrackedFiles_HoldNoSecrets()
    {
        var root = RepositoryRoot();
        var findings = new List<string>();
        foreach (var path in TrackedFiles(root))
        {
            var full = Path.Combine(root, path);
            if (!File.Exists(full) || new FileInfo(full).Length > 2_000_000)
            {
                continue;
            }
            var text = File.ReadAllText(full);
            if (text.Contains('\0'))
            {
                continue;
            }
            var fixture = FixturePrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
            foreach (var (name, pattern, evenInFixtures) in Rules)
            {
                if (fixture && !evenInFixtures)
                {
                    continue;
                }
                foreach (Match match in pattern.Matches(text))
                {
                    var line = text[..match.Index].Count(c => c == '\n') + 1;
                    findings.Add($"{path}:{line}: {name} ({match.Value[..Math.Min(12, match.Value.Length)]}…)");
                }
            }
        }

        findings.Should().BeEmpty("no secret may be committed; move it to configuration or user secrets:\n" + string.Join("\n", findings));
    }
}
