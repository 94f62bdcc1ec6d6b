using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Integration.Monitoring;

/// <summary>One Alertmanager running the shipped configuration (deploy/monitoring/alertmanager/alertmanager.yml), unchanged.</summary>
public sealed class ShippedAlertmanager : IAsyncLifetime
{
    private AlertmanagerProcess? _process;

    /// <summary>The running Alertmanager.</summary>
    public AlertmanagerProcess Process => _process ?? throw new InvalidOperationException("Alertmanager has not started.");

    public async Task InitializeAsync() => _process = await AlertmanagerProcess.StartAsync(MonitoringFiles.Alertmanager);

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
