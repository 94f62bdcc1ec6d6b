namespace HealthAgent.Tests.Infrastructure;

/// <summary>Temporary folders under /tmp, which the postgres OS user can reach when the tests run as root.</summary>
public static class TempFolder
{
    /// <summary>Creates a new empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        var path = Path.Combine("/tmp", $"healthagent-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
