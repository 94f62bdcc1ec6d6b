using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure.Servers;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// A private Alertmanager (<c>prometheus-alertmanager</c> from the Debian package) with a given configuration, on a free
/// loopback port, clustering off and its state in a temporary folder. Alerts are posted and read over its API v2.
/// </summary>
public sealed class AlertmanagerProcess : IAsyncDisposable
{
    private readonly LoggedProcess _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private AlertmanagerProcess(LoggedProcess process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>What Alertmanager printed, for a failure message.</summary>
    public string Log => _process.Log;

    /// <summary>Starts Alertmanager with <paramref name="configFile"/> and waits until it reports ready.</summary>
    public static async Task<AlertmanagerProcess> StartAsync(string configFile)
    {
        var folder = TempFolder.Create("alertmanager");
        var port = FreePort.Next();
        var process = LoggedProcess.Start(new ProcessStartInfo("prometheus-alertmanager",
            [$"--config.file={configFile}", $"--storage.path={folder}", $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address="]),
            "prometheus-alertmanager did not start; run eng/prerequisites.sh.");
        var alertmanager = new AlertmanagerProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var ready = await alertmanager._http.GetAsync("-/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return alertmanager;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        var log = alertmanager.Log;
        await alertmanager.DisposeAsync();
        throw new InvalidOperationException($"Alertmanager was not ready on port {port} within 30 s:\n{log}");
    }

    /// <summary>Posts firing alerts, each given by its labels, as Prometheus would.</summary>
    public async Task PostAsync(params IReadOnlyDictionary<string, string>[] alerts)
    {
        using var response = await _http.PostAsJsonAsync("api/v2/alerts", alerts.Select(labels => new { labels }).ToArray());
        response.IsSuccessStatusCode.Should().BeTrue($"Alertmanager refused the alerts: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The alerts Alertmanager holds, with their state (<c>active</c> or <c>suppressed</c>) and what inhibits them.</summary>
    public async Task<IReadOnlyList<HeldAlert>> AlertsAsync()
    {
        var alerts = (await _http.GetFromJsonAsync<JsonArray>("api/v2/alerts"))!;
        return [.. alerts.Select(a => new HeldAlert(
            a!["labels"]!.AsObject().ToDictionary(l => l.Key, l => l.Value!.GetValue<string>()),
            a["status"]!["state"]!.GetValue<string>(),
            [.. a["status"]!["inhibitedBy"]!.AsArray().Select(f => f!.GetValue<string>())]))];
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
