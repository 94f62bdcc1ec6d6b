using System.Diagnostics;
using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Servers;

namespace HealthAgent.AppHost.Runners;

/// <summary>A long-running child process whose output goes to <see cref="ResourceLogs"/> under the resource's name.</summary>
public sealed class ChildProcess
{
    private const string SetSid = "/usr/bin/setsid";
    private readonly Process _process;

    private ChildProcess(Process process, Task<int> exited)
    {
        _process = process;
        Exited = exited;
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited { get; }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="environment"/> added to the AppHost's own.</summary>
    public static ChildProcess Start(string resource, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, ResourceLogs logs)
    {
        // In its own session the child does not get the terminal's Ctrl+C, so the AppHost alone decides the stop order.
        // setsid execs in place (the child is not a group leader), so the process id stays the one we watch.
        var useSetSid = File.Exists(SetSid);
        var start = new ProcessStartInfo(useSetSid ? SetSid : fileName)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        if (useSetSid)
        {
            start.ArgumentList.Add(fileName);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new ResourceStartException($"{resource} could not be started ({fileName}).");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { logs.Write(resource, e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { logs.Write(resource, e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, WaitAsync(process));
    }

    /// <summary>Sends SIGTERM and waits up to <paramref name="grace"/>; kills the process when it does not stop in time.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited && Signals.Terminate(_process.Id))
        {
            using var wait = new CancellationTokenSource(grace);
            try
            {
                await Exited.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await Exited;
            }
        }
        await Exited;
        _process.Dispose();
    }

    private static async Task<int> WaitAsync(Process process)
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
