using System.ComponentModel;
using System.Diagnostics;

namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>
/// A private Redis server from the Debian binary, run in the foreground as a child process so that its output can be
/// shown and it stops with its owner. Used by the AppHost and by the test fixtures.
/// </summary>
public sealed class RedisServerProcess(RedisServerSettings settings, Action<string>? output = null) : IAsyncDisposable
{
    private const string SetSid = "/usr/bin/setsid";
    private Process? _process;

    /// <summary>The settings the server runs with.</summary>
    public RedisServerSettings Settings => settings;

    /// <summary>A connection string in Aspire's form: <c>host:port[,password=…]</c>.</summary>
    public string ConnectionString =>
        settings.Password is null ? $"127.0.0.1:{settings.Port}" : $"127.0.0.1:{settings.Port},password={settings.Password}";

    /// <summary>The server's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Starts the server and waits until it answers PING.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        // A server left running by an owner that was killed would share the append-only file with the new one.
        await new LeftoverProcess(Path.Combine(Path.GetFullPath(settings.DataDirectory), "redis.pid"), "redis-server").StopAsync(cancellationToken);
        if (FreePort.IsTaken(settings.Port))
        {
            throw new ServerStartException($"Port {settings.Port} for Redis is already in use: stop what listens there or choose another port.");
        }
        var config = Path.Combine(settings.DataDirectory, "redis.conf");
        await File.WriteAllLinesAsync(config, ConfigLines(), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var executable = FindExecutable(settings.Executable)
            ?? throw new ServerStartException("Redis is not installed: run 'sudo apt-get install redis-server' (eng/run.sh does it), or set ConnectionStrings__redis to use an existing server.");
        // In its own session Redis does not get the terminal's Ctrl+C, so its owner stops it after the services that use it.
        // setsid execs in place (the child is not a group leader), so the process id stays Redis's.
        var start = new ProcessStartInfo(File.Exists(SetSid) ? SetSid : executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetFullPath(settings.DataDirectory),
        };
        if (File.Exists(SetSid))
        {
            start.ArgumentList.Add(executable);
        }
        start.ArgumentList.Add(config);
        try
        {
            _process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new ServerStartException($"Redis could not be started ({ex.Message}): check that {executable} runs.", ex);
        }
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output?.Invoke(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output?.Invoke(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>Whether the server answers PING (with its password) right now.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        await RespPing.TryAsync("127.0.0.1", settings.Port, settings.Password, TimeSpan.FromSeconds(1), cancellationToken) is null;

    /// <summary>Stops the server gracefully (SIGTERM), killing it when it does not stop within 10 s.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }
        var process = _process;
        _process = null;
        if (!process.HasExited && Signals.Terminate(process.Id))
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopAsync());

    private static string? FindExecutable(string name) => Path.IsPathRooted(name)
        ? File.Exists(name) ? name : null
        : (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    private IEnumerable<string> ConfigLines()
    {
        yield return $"port {settings.Port}";
        yield return "bind 127.0.0.1";
        yield return "protected-mode yes";
        yield return $"dir \"{Path.GetFullPath(settings.DataDirectory)}\"";
        yield return "daemonize no";
        // Lets whoever finds the folder later tell whether its server still runs.
        yield return $"pidfile \"{Path.Combine(Path.GetFullPath(settings.DataDirectory), "redis.pid")}\"";
        yield return "save \"\"";
        yield return settings.Durable ? "appendonly yes" : "appendonly no";
        if (settings.Durable)
        {
            yield return "appendfsync everysec";
        }
        if (settings.Password is not null)
        {
            yield return $"requirepass \"{settings.Password}\"";
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string? problem;
        while ((problem = await RespPing.TryAsync("127.0.0.1", settings.Port, settings.Password, TimeSpan.FromSeconds(1), cancellationToken)) is not null)
        {
            if (_process is null || _process.HasExited)
            {
                throw new ServerStartException($"Redis exited during start-up (exit code {_process?.ExitCode}); see its output above.");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new ServerStartException($"Redis did not answer PING within 15 s ({problem}).");
            }
            await Task.Delay(50, cancellationToken);
        }
    }
}
