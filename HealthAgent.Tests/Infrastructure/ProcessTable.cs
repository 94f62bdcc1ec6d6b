namespace HealthAgent.Tests.Infrastructure;

/// <summary>Asks /proc whether a process still runs.</summary>
public static class ProcessTable
{
    /// <summary>True when <paramref name="pid"/> does not exist or is a zombie (ended, waiting only to be reaped by init).</summary>
    public static bool IsGone(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The state follows the command name, which is in parentheses and may itself contain spaces.
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is "Z" or "X";
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return true;
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for every process in <paramref name="pids"/> to be gone; returns those still running.</summary>
    public static async Task<IReadOnlyList<int>> WaitUntilGoneAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var remaining = pids.ToList();
        while ((remaining = remaining.Where(p => !IsGone(p)).ToList()).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        return remaining;
    }
}
