extern alias apphost;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using apphost::HealthAgent.AppHost.Resources;
using apphost::HealthAgent.AppHost.Servers;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.EndToEnd;

/// <summary>The built AppHost run as a child process with a clean data folder, as a developer would run it.</summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private AppHostProcess(Process process, string dataDirectory, int dashboardPort)
    {
        _process = process;
        DataDirectory = dataDirectory;
        Dashboard = new Uri($"http://127.0.0.1:{dashboardPort}");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _stdout.Enqueue(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _stderr.Enqueue(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string DataDirectory { get; }

    public Uri Dashboard { get; }

    public int Id => _process.Id;

    public string StandardError => string.Join('\n', _stderr);

    public static string AssemblyPath { get; } = Path.Combine(RepositoryLayout.Root, "HealthAgent.AppHost", "bin",
        typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug", "net10.0", "HealthAgent.AppHost.dll");

    public static AppHostProcess Start(int dashboardPort, IDictionary<string, string>? settings = null)
    {
        var dataDirectory = TempFolder.Create("apphost");
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryLayout.Root,
        };
        start.ArgumentList.Add(AssemblyPath);
        // The test runner's own settings must not leak in: the AppHost would use those servers instead of its own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("AppHost__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["AppHost__DataDirectory"] = dataDirectory;
        start.Environment["AppHost__DashboardPort"] = dashboardPort.ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return new AppHostProcess(Process.Start(start)!, dataDirectory, dashboardPort);
    }

    /// <summary>Waits until every resource is Running and Healthy; fails with the AppHost's output when it exits or times out.</summary>
    public async Task<IReadOnlyList<ResourceRow>> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var deadline = DateTime.UtcNow + timeout;
        IReadOnlyList<ResourceRow> rows = [];
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                rows = await http.GetFromJsonAsync<List<ResourceRow>>(new Uri(Dashboard, "/api/resources")) ?? [];
                if (rows.Count > 0 && rows.All(r => r.State == "Running" && r.Health == "Healthy"))
                {
                    return rows;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new Xunit.Sdk.XunitException(
            $"The AppHost did not become healthy within {timeout.TotalSeconds:0} s (exited: {_process.HasExited}). Resources: " +
            string.Join("; ", rows.Select(r => $"{r.Name} {r.State} {r.Health} {r.Message}")) + $"\nOutput tail:\n{Tail()}");
    }

    public void Terminate() => Signals.Terminate(_process.Id);

    /// <summary>The exit code, or null when the process did not exit within <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Processes whose command line mentions the data folder (PostgreSQL's and Redis's do).</summary>
    public IReadOnlyList<string> ProcessesUsingDataDirectory() =>
        Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => int.TryParse(n, out var pid) && !ProcessTable.IsGone(pid))
            .Select(n => (Pid: n, CommandLine: ReadCommandLine(n)))
            .Where(p => p.CommandLine.Contains(DataDirectory))
            .Select(p => $"{p.Pid}: {p.CommandLine}")
            .ToList();

    public string Tail(int lines = 40) => string.Join('\n', _stdout.TakeLast(lines).Concat(_stderr).Select(l => l.Length > 300 ? l[..300] : l));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Terminate();
            if (await WaitForExitAsync(TimeSpan.FromSeconds(30)) is null)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
        TempFolder.Delete(DataDirectory);
    }

    private static string ReadCommandLine(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
