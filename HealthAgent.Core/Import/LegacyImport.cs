using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Core.Import;

/// <summary>What to import.</summary>
/// <param name="From">The old service's data folder (one folder per Telegram id).</param>
/// <param name="DryRun">Report only: every user's transaction is rolled back.</param>
/// <param name="TelegramId">Only this user's folder, or every folder when null.</param>
public sealed record ImportOptions(string From, bool DryRun, long? TelegramId);

/// <summary>
/// Runs the legacy memory import over a data folder: each user folder in its own scope and transaction
/// (<see cref="MemoryImporter"/>), in Telegram id order; the folder is only read. The one path from the old files into
/// PostgreSQL (ADR-020).
/// </summary>
public sealed class LegacyImport(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Imports what <paramref name="options"/> names and reports on every folder and file.</summary>
    public async Task<ImportReport> RunAsync(ImportOptions options, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var users = new List<UserReport>();
        var unknown = new List<string>();
        var folders = Directory.EnumerateDirectories(options.From).Select(path => (Path: path, Name: Path.GetFileName(path)))
            .OrderBy(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (path, name) in folders)
        {
            var isUser = long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var telegramId) && telegramId > 0;
            if (options.TelegramId is { } only ? !isUser || only != telegramId : !isUser)
            {
                if (!isUser && options.TelegramId is null)
                {
                    unknown.Add(name + "/");
                }
                continue;
            }
            var folder = LegacyFolder.Read(telegramId, path);
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                users.Add(await scope.ServiceProvider.GetRequiredService<MemoryImporter>().ImportAsync(folder, options.DryRun, cancellationToken));
            }
            catch (Exception e) when (e is DbException or DbUpdateException or TimeoutException)
            {
                // This user's transaction rolled back; the others stand, and a second run is safe.
                users.Add(new UserReport(telegramId, null, false,
                    [.. folder.Files.Select(f => new FileReport(f.Name, f.Sha256, f.Bytes, "not read", "the import failed", null))], [], [], [], [],
                    [new LineReport(name + "/", "", $"not imported: {e.GetBaseException().Message}")]));
            }
        }
        if (options.TelegramId is null)
        {
            unknown.AddRange(Directory.EnumerateFiles(options.From).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
        }
        return new ImportReport(options.DryRun, Path.GetFullPath(options.From), started, users, unknown);
    }
}
