using System.Diagnostics;
using System.Text;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// A helper process a test starts (Prism, Alertmanager, the Telegram emulator): its output kept for failure messages,
/// and the whole process tree ended on dispose.
/// </summary>
public sealed class LoggedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private LoggedProcess(Process process) => _process = process;

    /// <summary>Whether it has ended (a failed start, usually).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What it printed on standard output and error.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="start"/> with its output redirected; <paramref name="missing"/> says what to do when it cannot start.</summary>
    public static LoggedProcess Start(ProcessStartInfo start, string missing)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException(missing);
        var logged = new LoggedProcess(process);
        process.OutputDataReceived += (_, e) => logged.Append(e.Data);
        process.ErrorDataReceived += (_, e) => logged.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return logged;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
