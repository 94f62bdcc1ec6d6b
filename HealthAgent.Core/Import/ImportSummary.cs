namespace HealthAgent.Core.Import;

/// <summary>The human half of the report: one paragraph per user, what needs attention, and the totals.</summary>
public static class ImportSummary
{
    /// <summary>Writes <paramref name="report"/>'s summary.</summary>
    public static void Write(ImportReport report, TextWriter output)
    {
        output.WriteLine($"Legacy memory import from {report.Source}{(report.DryRun ? " (dry run: nothing was written)" : "")}");
        foreach (var user in report.Users)
        {
            var who = user.UserCreated ? (report.DryRun ? "user would be created" : $"user {user.UserId} created")
                : user.UserId is null ? "no user (nothing to import)" : $"user {user.UserId}";
            output.WriteLine($"- {user.TelegramId}: {who}; {user.Files.Count} file(s); {user.FactsCreated.Count} fact(s) and " +
                $"{user.MemoriesCreated.Count} memory(ies) {(report.DryRun ? "would be created" : "created")}; {user.Skipped.Count} line(s) skipped" +
                Reasons(user.Skipped.GroupBy(s => s.Reason.Split(':')[0]).ToDictionary(g => g.Key, g => g.Count())) +
                $"; {user.Conflicts.Count} conflict(s)");
            foreach (var file in user.Files.Where(f => f.Status != "read" || f.ChangedSinceLastImport))
            {
                output.WriteLine(file.Status == "read"
                    ? $"    note: {file.Name} changed since the last import (sha256 {file.PreviousSha256} then, {file.Sha256} now)"
                    : $"    attention: {file.Name}: {file.Problem ?? "an unknown file; not read"} (sha256 {file.Sha256})");
            }
            foreach (var conflict in user.Conflicts)
            {
                output.WriteLine($"    conflict: {conflict.Field} is {conflict.InHealthAgent} in HealthAgent and {conflict.InFile} in {conflict.From}; kept {conflict.InHealthAgent}");
            }
            foreach (var line in user.Attention)
            {
                output.WriteLine($"    attention: {line.From}: {line.Reason}");
            }
        }
        foreach (var entry in report.UnknownEntries)
        {
            output.WriteLine($"- attention: {entry} is not a user folder (a Telegram id); not read");
        }
        var t = report.Totals;
        output.WriteLine($"Total: {t.Users} user folder(s) ({t.UsersCreated} user(s) created), {t.Files} file(s), {t.FactsCreated} fact(s), " +
            $"{t.MemoriesCreated} memory(ies), skipped {t.Skipped.Values.Sum()}{Reasons(t.Skipped)}, {t.Conflicts} conflict(s), {t.Attention} item(s) needing attention.");
        output.WriteLine(report.ExitCode == ImportReport.Imported ? "Everything was imported (exit 0)."
            : report.Users.Count == 0 ? "No user folder was found (exit 1)." : "Something needs attention (exit 1): see above.");
    }

    private static string Reasons(IReadOnlyDictionary<string, int> reasons) =>
        reasons.Count == 0 ? "" : " (" + string.Join(", ", reasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} {r.Key}")) + ")";
}
