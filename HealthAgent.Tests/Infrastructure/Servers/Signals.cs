using System.Runtime.InteropServices;

namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>Sends POSIX signals; .NET's Process can only kill (SIGKILL), which gives a server no chance to shut down cleanly.</summary>
public static partial class Signals
{
    private const int SigTerm = 15;

    /// <summary>Asks process <paramref name="pid"/> to terminate; returns false when it no longer exists.</summary>
    public static bool Terminate(int pid) => kill(pid, SigTerm) == 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
