extern alias apphost;
using apphost::HealthAgent.AppHost.Runners;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Unit.AppHost;

public sealed class SecretFileTests
{
    [Fact]
    public void ReadOrCreate_NewThenExisting_GeneratesAStrongPasswordOnceReadableOnlyByTheOwner()
    {
        var folder = TempFolder.Create("secret");
        var path = Path.Combine(folder, "postgres.password");

        var first = SecretFile.ReadOrCreate(path);
        var second = SecretFile.ReadOrCreate(path);

        first.Should().MatchRegex("^[A-Za-z0-9]{32}$");
        second.Should().Be(first, "the server's data and its password must survive restarts together");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        TempFolder.Delete(folder);
    }
}
