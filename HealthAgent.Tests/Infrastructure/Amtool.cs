using System.Diagnostics;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Runs Alertmanager's <c>amtool</c> (Debian package <c>prometheus-alertmanager</c>, installed by eng/prerequisites.sh).</summary>
public static class Amtool
{
    /// <summary>Runs <c>amtool</c> with <paramref name="arguments"/>.</summary>
    /// <returns>The exit code, what it printed on stdout, and everything it printed.</returns>
    public static async Task<(int ExitCode, string Output, string All)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("amtool")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("amtool did not start; run eng/prerequisites.sh.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout).Trim();
        return (process.ExitCode, output, $"{output}\n{(await stderr).Trim()}".Trim());
    }

    /// <summary>
    /// The receivers that the routing tree of <paramref name="configFile"/> sends an alert with <paramref name="labels"/>
    /// to (<c>amtool config routes test</c>), in routing order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReceiversAsync(string configFile, params string[] labels)
    {
        var (code, output, all) = await RunAsync(["config", "routes", "test", $"--config.file={configFile}", .. labels]);
        code.Should().Be(0, $"amtool config routes test reported:\n{all}");
        return output.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
