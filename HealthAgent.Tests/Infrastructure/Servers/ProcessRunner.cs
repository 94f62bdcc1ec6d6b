using System.Diagnostics;

namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>Runs a short command to completion and returns its exit code and output.</summary>
public static class ProcessRunner
{
    /// <summary>The result of a finished command.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs <paramref name="fileName"/>, as <paramref name="runAsUser"/> through <c>runuser</c> when given.</summary>
    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string? runAsUser = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(runAsUser is null ? fileName : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The other user may not be allowed into the caller's current folder (root's home), and the tools warn about it.
            WorkingDirectory = runAsUser is null ? "" : "/",
        };
        if (runAsUser is not null)
        {
            foreach (var a in new[] { "-u", runAsUser, "--", fileName })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds:0} s.");
        }
        return new Result(process.ExitCode, (await stdout + await stderr).Trim());
    }
}
