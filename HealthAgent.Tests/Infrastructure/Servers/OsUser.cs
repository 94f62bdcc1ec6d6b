namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>Facts about the OS user this process runs as.</summary>
public static class OsUser
{
    /// <summary>Whether the process runs as root (PostgreSQL refuses to, so its binaries run as the <c>postgres</c> user).</summary>
    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Hands a folder and everything in it to <paramref name="user"/>.</summary>
    public static async Task GiveAsync(string path, string user)
    {
        var result = await ProcessRunner.RunAsync("chown", ["-R", $"{user}:{user}", path]);
        if (result.ExitCode != 0)
        {
            throw new ServerStartException($"Could not give {path} to the OS user '{user}' ({result.Output}); run as that user or fix the folder's owner.");
        }
    }

    /// <summary>Whether <paramref name="user"/> can enter every folder on the way to <paramref name="path"/>.</summary>
    public static async Task<bool> CanReachAsync(string path, string user) =>
        (await ProcessRunner.RunAsync("test", ["-x", path], runAsUser: user)).ExitCode == 0;
}
