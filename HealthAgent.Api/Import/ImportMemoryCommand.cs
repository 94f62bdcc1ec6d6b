using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthAgent.Core.Caching;
using HealthAgent.Core.Data;
using HealthAgent.Core.Import;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;

namespace HealthAgent.Api.Import;

/// <summary>
/// <c>dotnet run --project HealthAgent.Api -- import-memory --from DIR [--dry-run] [--report FILE] [--user TELEGRAM_ID]</c>
/// (docs/memory-import.md): imports the legacy memory files with the Api's own connection settings, prints the summary
/// and writes the JSON report. Exit 0 when everything was imported, 1 when something needs attention, 2 on bad arguments.
/// </summary>
public static class ImportMemoryCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "import-memory";

    private const string Usage = "usage: import-memory --from DIR [--dry-run] [--report FILE] [--user TELEGRAM_ID]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Whether the process was started for this command.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<IHostApplicationBuilder>? configure = null)
    {
        if (Parse(args.Skip(1).ToArray(), out var options, out var reportFile) is { } problem)
        {
            error.WriteLine($"{problem}\n{Usage}");
            return ImportReport.BadArguments;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // The summary is the output; only warnings and errors are logged next to it.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        configure?.Invoke(builder);
        builder.AddHealthAgentNpgsql(ResourceNames.HealthDb);
        builder.AddHealthDbContext();
        builder.Services.AddSchemaMigrations();
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(ResourceNames.Redis)))
        {
            // With Redis, the profiles and goals that other processes cache are refreshed after the import.
            builder.AddHealthAgentRedis(ResourceNames.Redis);
            builder.Services.AddAppCache();
        }
        builder.Services.AddSingleton(TimeProvider.System).AddScoped<MemoryImporter>().AddSingleton<LegacyImport>();
        using var host = builder.Build();

        var migrations = host.Services.GetRequiredService<MigrationRunner>();
        if (options.DryRun)
        {
            if (await migrations.PendingAsync() is { Count: > 0 } pending)
            {
                error.WriteLine($"The database is {pending.Count} migration(s) behind ({pending[0]} first). A dry run writes nothing, so start the Api once or import without --dry-run.");
                return ImportReport.NeedsAttention;
            }
        }
        else
        {
            await migrations.ApplyAsync();
        }
        var report = await host.Services.GetRequiredService<LegacyImport>().RunAsync(options, CancellationToken.None);
        ImportSummary.Write(report, output);
        if (reportFile is not null)
        {
            await File.WriteAllTextAsync(reportFile, JsonSerializer.Serialize(new { report, report.Totals, report.ExitCode }, Json));
            output.WriteLine($"Report: {Path.GetFullPath(reportFile)}");
        }
        return report.ExitCode;
    }

    private static string? Parse(string[] args, out ImportOptions options, out string? reportFile)
    {
        options = new ImportOptions("", false, null);
        reportFile = null;
        string? from = null;
        long? user = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    continue;
                case "--from" when value is not null:
                    from = value;
                    break;
                case "--report" when value is not null:
                    reportFile = value;
                    break;
                case "--user" when value is not null:
                    if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                    {
                        return $"--user takes a Telegram id (digits), not '{value}'.";
                    }
                    user = id;
                    break;
                case "--from" or "--report" or "--user":
                    return $"{args[i]} needs a value.";
                default:
                    return $"Unknown argument '{args[i]}'.";
            }
            i++;
        }
        if (from is null)
        {
            return "--from DIR is required: the old service's data folder (one folder per Telegram id).";
        }
        if (!Directory.Exists(from))
        {
            return $"There is no folder '{from}'.";
        }
        if (user is { } only && !Directory.Exists(Path.Combine(from, only.ToString(CultureInfo.InvariantCulture))))
        {
            return $"'{from}' has no folder for the user {only}.";
        }
        if (reportFile is not null && Path.GetFullPath(reportFile).StartsWith(Path.GetFullPath(from) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "--report must be outside the source folder: the import only reads it.";
        }
        options = new ImportOptions(from, dryRun, user);
        return null;
    }
}
