namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>
/// Remembers a child's pid in the data folder, so that after the AppHost was killed (SIGKILL gives it no chance to stop
/// its children) the next run can stop what the last one left behind before starting anew.
/// </summary>
public sealed class LeftoverProcess(string pidFile, string commandLineMarker)
{
    /// <summary>Records <paramref name="pid"/> as the running child.</summary>
    public void Remember(int pid)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pidFile))!);
        File.WriteAllText(pidFile, pid.ToString());
    }

    /// <summary>Forgets the child after a clean stop.</summary>
    public void Forget() => File.Delete(pidFile);

    /// <summary>Stops the recorded process if it still runs and is still ours (pids get reused).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
        {
            return;
        }
        var commandLine = $"/proc/{pid}/cmdline";
        if (File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(commandLineMarker) && Signals.Terminate(pid))
        {
            for (var i = 0; i < 100 && File.Exists(commandLine); i++)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        Forget();
    }
}
