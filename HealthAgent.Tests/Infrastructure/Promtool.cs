using System.Diagnostics;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Runs Prometheus' <c>promtool</c> (Debian package <c>prometheus</c>, installed by eng/prerequisites.sh).</summary>
public static class Promtool
{
    /// <summary>Runs <c>promtool</c> with <paramref name="arguments"/>, feeding <paramref name="input"/> on stdin.</summary>
    /// <returns>The exit code and everything it printed.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("promtool did not start; run eng/prerequisites.sh.");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    /// <summary>Asserts that <c>promtool check metrics</c> finds no problem in <paramref name="exposition"/>.</summary>
    public static async Task CheckMetricsAsync(string exposition)
    {
        var (code, output) = await RunAsync(exposition, "check", "metrics");
        code.Should().Be(0, $"promtool check metrics reported:\n{output}\n--- exposition ---\n{exposition}");
        output.Should().BeEmpty("promtool prints lint problems even when it exits 0");
    }
}
