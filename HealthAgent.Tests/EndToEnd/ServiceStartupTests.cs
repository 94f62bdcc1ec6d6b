using System.Diagnostics;
using System.Reflection;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>Each service started without what it needs stops at once with a sentence that names the setting.</summary>
public sealed class ServiceStartupTests
{
    [Theory]
    [InlineData("Api", new string[0], "ConnectionStrings__healthdb")]
    [InlineData("Worker", new string[0], "ConnectionStrings__healthdb")]
    [InlineData("Bot", new string[0], "ConnectionStrings__redis")]
    [InlineData("Bot", new[] { "ConnectionStrings__redis=127.0.0.1:1" }, "services__api__http__0")]
    [InlineData("Worker", new[] { "ConnectionStrings__healthdb=Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d", "ConnectionStrings__redis=127.0.0.1:1" }, "services__bot__http__0")]
    public async Task Service_WithoutARequiredSetting_ExitsNonZeroNamingIt(string service, string[] environment, string named)
    {
        var configuration = typeof(ServiceStartupTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryLayout.Root, $"HealthAgent.{service}", "bin", configuration, "net10.0", $"HealthAgent.{service}.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__") || k.StartsWith("services__")).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var pair in environment)
        {
            start.Environment[pair[..pair.IndexOf('=')]] = pair[(pair.IndexOf('=') + 1)..];
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().NotBe(0);
        (await error + await output).Should().Contain(named);
    }
}
