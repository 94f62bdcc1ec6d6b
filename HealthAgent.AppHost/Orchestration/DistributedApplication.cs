using HealthAgent.AppHost.Dashboard;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Runners;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>
/// The built application, like Aspire's <c>DistributedApplication</c>: runs the graph until Ctrl+C or SIGTERM, then stops it in order.
/// Failures end the process with exit code 1 and one sentence on stderr, never a stack trace.
/// </summary>
public sealed class DistributedApplication(IReadOnlyList<Resource> resources, IConfiguration configuration)
{
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(5);

    /// <summary>A builder whose configuration is appsettings.json, the environment and the command line.</summary>
    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build());

    /// <summary>Runs until stopped; sets the process exit code.</summary>
    public async Task RunAsync()
    {
        var logs = ResourceLogs.ForConsole();
        using var shutdown = new ShutdownSignal();
        Orchestrator orchestrator;
        AppHostOptions options;
        try
        {
            options = AppHostOptions.From(configuration);
            orchestrator = new Orchestrator(resources, new ResourceRunnerFactory(options, configuration, logs), logs);
        }
        catch (Exception ex) when (ex is ResourceCycleException or FormatException or OverflowException)
        {
            Environment.ExitCode = Fail(ex.Message);
            return;
        }
        try
        {
            Environment.ExitCode = await RunAsync(orchestrator, options, logs, shutdown.Token);
        }
        catch (Exception ex)
        {
            await orchestrator.StopAsync();
            Environment.ExitCode = Fail($"The AppHost failed: {ex.Message}");
        }
    }

    private static async Task<int> RunAsync(Orchestrator orchestrator, AppHostOptions options, ResourceLogs logs, CancellationToken stopping)
    {
        await using var dashboard = new DashboardServer(orchestrator.Snapshot, logs);
        try
        {
            await dashboard.StartAsync(options.DashboardPort, stopping);
        }
        catch (ResourceStartException ex)
        {
            return Fail(ex.Message);
        }
        logs.Write(ResourceLogs.AppHost, $"Starting the resources; data in {options.DataDirectory}; dashboard at {dashboard.Url}.");
        var failure = await orchestrator.StartAsync(stopping);
        if (failure is not null && !stopping.IsCancellationRequested)
        {
            logs.Write(ResourceLogs.AppHost, "Start-up failed; stopping what was started.");
            await orchestrator.StopAsync();
            return Fail(failure);
        }

        var monitor = Task.CompletedTask;
        if (!stopping.IsCancellationRequested)
        {
            logs.WriteBlock(Environment.NewLine + StatusTable.Render(orchestrator.Snapshot(), dashboard.Url) + Environment.NewLine);
            monitor = orchestrator.MonitorAsync(HealthInterval, stopping);
            await Task.WhenAny(Task.Delay(Timeout.Infinite, stopping));
        }
        logs.Write(ResourceLogs.AppHost, "Stopping…");
        await orchestrator.StopAsync();
        await Task.WhenAny(monitor);
        logs.Write(ResourceLogs.AppHost, "Everything stopped.");
        return 0;
    }

    private static int Fail(string sentence)
    {
        Console.Error.WriteLine(sentence);
        return 1;
    }
}
