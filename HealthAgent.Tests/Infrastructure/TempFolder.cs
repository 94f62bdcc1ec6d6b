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

    /// <summary>Deletes a folder and everything in it, ignoring one that is already gone.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>
    /// Deletes folders left by earlier runs (whose exit hook did not get to finish), skipping any whose PostgreSQL still
    /// holds a <c>postmaster.pid</c> and any younger than half an hour, since those may belong to a run going on now.
    /// </summary>
    public static void DeleteStale(string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories("/tmp", $"healthagent-{prefix}-*"))
        {
            var old = Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-30);
            if (old && !File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                Delete(folder);
            }
        }
    }
}
