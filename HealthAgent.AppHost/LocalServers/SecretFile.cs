using System.Security.Cryptography;

namespace HealthAgent.AppHost.LocalServers;

/// <summary>A generated password kept in a file only the owner can read, so that a server's data and its password survive restarts together.</summary>
public static class SecretFile
{
    // Letters and digits only: the password goes into connection strings and redis.conf without any quoting.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>The password in <paramref name="path"/>, created (mode 600) when the file does not exist.</summary>
    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var secret = RandomNumberGenerator.GetString(Alphabet, 32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(secret);
        }
        return secret;
    }
}
