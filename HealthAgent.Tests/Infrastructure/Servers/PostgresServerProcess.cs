using Npgsql;

namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>
/// A private PostgreSQL server from the Debian binaries: initdb on first start, pg_ctl to start and stop.
/// As root it runs the binaries as the <c>postgres</c> OS user, since PostgreSQL refuses to run as root.
/// Used by the AppHost (durable, under .data/) and by the test fixtures (throwaway, in a temporary folder).
/// </summary>
public sealed class PostgresServerProcess(PostgresServerSettings settings) : IAsyncDisposable
{
    private const string OsUserName = "postgres";
    private readonly string _binDirectory = settings.BinDirectory ?? FindBinDirectory()
        ?? throw new ServerStartException("PostgreSQL is not installed: run 'sudo apt-get install postgresql' (eng/run.sh does it), or set ConnectionStrings__healthdb to use an existing server.");
    private readonly string _dataDirectory = Path.GetFullPath(settings.DataDirectory);
    private bool _started;

    /// <summary>The settings the server runs with.</summary>
    public PostgresServerSettings Settings => settings;

    /// <summary>The server's log file, next to the data folder.</summary>
    public string LogFile => _dataDirectory.TrimEnd('/') + ".log";

    /// <summary>The postmaster's process id while the server runs, from its postmaster.pid file.</summary>
    public int? ProcessId
    {
        get
        {
            var pidFile = Path.Combine(_dataDirectory, "postmaster.pid");
            try
            {
                return _started && File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>The newest /usr/lib/postgresql/N/bin that has initdb, or null.</summary>
    public static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    /// <summary>A connection string for <paramref name="database"/> in Aspire's form.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = settings.Port, Username = PostgresServerSettings.Username,
            Password = settings.Password, Database = database,
        }.ConnectionString;

    /// <summary>Creates the cluster when the folder is empty, then starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var runAs = OsUser.IsRoot ? OsUserName : null;
        var parent = Path.GetDirectoryName(_dataDirectory)!;
        Directory.CreateDirectory(parent);
        if (!Directory.Exists(_dataDirectory) && !OperatingSystem.IsWindows())
        {
            // initdb accepts an existing empty folder, and creating it here lets only that folder change owner.
            Directory.CreateDirectory(_dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!File.Exists(LogFile))
        {
            await File.WriteAllTextAsync(LogFile, "", cancellationToken);
        }
        if (runAs is not null)
        {
            if (!await OsUser.CanReachAsync(parent, runAs))
            {
                throw new ServerStartException($"The '{runAs}' OS user cannot enter {parent}: choose a data folder it can reach (AppHost__DataDirectory), or run as a normal user.");
            }
            // Only the cluster folder and its log change hands: the parent may be shared (.data/, /tmp) and stays as it is.
            await OsUser.GiveAsync(_dataDirectory, runAs);
            await OsUser.GiveAsync(LogFile, runAs);
        }

        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            await InitAsync(parent, runAs, cancellationToken);
        }
        await StopLeftoverServerAsync(runAs);
        await WriteSettingsAsync(runAs);
        if (FreePort.IsTaken(settings.Port))
        {
            throw new ServerStartException($"Port {settings.Port} for PostgreSQL is already in use: stop what listens there or choose another port.");
        }

        var start = await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", _dataDirectory, "-l", LogFile, "-w", "-t", "60", "start"], runAs, TimeSpan.FromSeconds(70), cancellationToken);
        if (start.ExitCode != 0)
        {
            throw new ServerStartException($"PostgreSQL did not start ({LastLines(LogFile)}); see {LogFile}.");
        }
        _started = true;
        await WaitUntilReadyAsync(cancellationToken);
    }

    // A server left running by an owner that was killed would make pg_ctl start fail; the folder is ours, so stop it.
    private async Task StopLeftoverServerAsync(string? runAs)
    {
        if (!File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            return;
        }
        var status = await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", _dataDirectory, "status"], runAs, TimeSpan.FromSeconds(10));
        if (status.ExitCode == 0)
        {
            await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
                ["-D", _dataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], runAs, TimeSpan.FromSeconds(40));
        }
    }

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public async Task CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new() { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended, committed data is kept).</summary>
    public async Task StopAsync()
    {
        if (!_started)
        {
            return;
        }
        _started = false;
        NpgsqlConnection.ClearAllPools();
        await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", _dataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], OsUser.IsRoot ? OsUserName : null, TimeSpan.FromSeconds(40));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task InitAsync(string parent, string? runAs, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(parent, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, settings.Password + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            if (runAs is not null)
            {
                await OsUser.GiveAsync(passwordFile, runAs);
            }
            string[] arguments =
            [
                "-D", _dataDirectory, "-U", PostgresServerSettings.Username, "--auth-local=trust", "--auth-host=scram-sha-256",
                $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8", .. settings.Durable ? Array.Empty<string>() : ["--no-sync"],
            ];
            var init = await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "initdb"), arguments, runAs, TimeSpan.FromMinutes(2), cancellationToken);
            if (init.ExitCode != 0)
            {
                throw new ServerStartException($"initdb failed for {_dataDirectory}: {LastLine(init.Output)}");
            }
            var include = "\ninclude_if_exists = 'healthagent.conf'\n";
            await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"), include, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    // Rewritten on every start because the port may change between runs; postgresql.conf includes it.
    private async Task WriteSettingsAsync(string? runAs)
    {
        var lines = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            $"port = {settings.Port}",
            "unix_socket_directories = ''",
            "max_connections = 300",
            // Counts every statement per database, which StatementCountTests read (SqlStatementCounter).
            "shared_preload_libraries = 'pg_stat_statements'",
            "pg_stat_statements.track = top",
        };
        if (!settings.Durable)
        {
            lines.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }
        var path = Path.Combine(_dataDirectory, "healthagent.conf");
        await File.WriteAllLinesAsync(path, lines);
        if (runAs is not null)
        {
            await OsUser.GiveAsync(path, runAs);
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidPassword)
            {
                throw new ServerStartException($"PostgreSQL in {_dataDirectory} rejected the stored password: delete that folder to start afresh, or restore its password file.", ex);
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "no output";

    private static string LastLines(string file) =>
        File.Exists(file) ? string.Join(" | ", File.ReadLines(file).TakeLast(3).Select(l => l.Trim())) : "no log";
}
