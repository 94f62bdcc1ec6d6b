using System.Diagnostics;

namespace HealthAgent.AppHost.LocalServers;

/// <summary>
/// The cluster folder of the local PostgreSQL server under the AppHost's data folder: created by <c>initdb</c> on first
/// start and kept between runs. PostgreSQL refuses to run as root, so as root every binary runs as the <c>postgres</c> OS user.
/// </summary>
public sealed class PostgresCluster(string dataDirectory, int port, string binDirectory)
{
    /// <summary>The superuser the cluster is created with.</summary>
    public const string Superuser = "postgres";

    private const string OsUserName = "postgres";

    /// <summary>The cluster folder.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port => port;

    /// <summary>Whether the binaries run as the <c>postgres</c> OS user (the AppHost runs as root).</summary>
    public static bool RunsAsPostgresUser => Environment.IsPrivilegedProcess;

    /// <summary>The newest <c>/usr/lib/postgresql/N/bin</c> with <c>initdb</c> and <c>postgres</c>, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    /// <summary>What DCP runs: <c>postgres -D DATA</c>, through <c>setpriv</c> as the <c>postgres</c> user when the AppHost is root.</summary>
    /// <remarks><c>setpriv</c> execs postgres itself, so DCP's stop signal reaches the postmaster.</remarks>
    public (string Command, string[] Arguments) StartCommand()
    {
        var postgres = Path.Combine(binDirectory, "postgres");
        string[] server = ["-D", DataDirectory];
        return RunsAsPostgresUser
            ? ("setpriv", [$"--reuid={OsUserName}", $"--regid={OsUserName}", "--init-groups", "--", postgres, .. server])
            : (postgres, server);
    }

    /// <summary>Runs <c>initdb</c> when the folder holds no cluster yet, then writes the settings of this run (the port may change).</summary>
    public async Task PrepareAsync(string password, CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(DataDirectory)!;
        Directory.CreateDirectory(parent);
        if (!Directory.Exists(DataDirectory) && !OperatingSystem.IsWindows())
        {
            // PostgreSQL insists that only its owner may enter the cluster folder.
            Directory.CreateDirectory(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (RunsAsPostgresUser)
        {
            // Only the cluster folder changes hands: the parent (.data/) stays the developer's.
            await RunAsync("chown", ["-R", $"{OsUserName}:{OsUserName}", DataDirectory], asPostgres: false, cancellationToken);
        }
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitAsync(parent, password, cancellationToken);
        }
        await WriteSettingsAsync(cancellationToken);
    }

    private async Task InitAsync(string parent, string password, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(parent, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            if (RunsAsPostgresUser)
            {
                await RunAsync("chown", [$"{OsUserName}:{OsUserName}", passwordFile], asPostgres: false, cancellationToken);
            }
            await RunAsync(Path.Combine(binDirectory, "initdb"),
                ["-D", DataDirectory, "-U", Superuser, "--auth-local=trust", "--auth-host=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8"],
                RunsAsPostgresUser, cancellationToken);
            await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), "\ninclude_if_exists = 'healthagent.conf'\n", cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task WriteSettingsAsync(CancellationToken cancellationToken)
    {
        string[] lines =
        [
            "listen_addresses = '127.0.0.1'",
            $"port = {port}",
            "unix_socket_directories = ''",
            "max_connections = 300",
        ];
        var path = Path.Combine(DataDirectory, "healthagent.conf");
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
        if (RunsAsPostgresUser)
        {
            await RunAsync("chown", [$"{OsUserName}:{OsUserName}", path], asPostgres: false, cancellationToken);
        }
    }

    private async Task RunAsync(string command, string[] arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgres ? "setpriv" : command)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { $"--reuid={OsUserName}", $"--regid={OsUserName}", "--init-groups", "--", command })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var last = $"{await error}\n{await output}".Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
            throw new InvalidOperationException($"{Path.GetFileName(command)} failed for {DataDirectory}: {last ?? "no output"}");
        }
    }
}
