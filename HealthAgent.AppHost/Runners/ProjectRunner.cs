using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Servers;

namespace HealthAgent.AppHost.Runners;

/// <summary>Runs a project's built assembly with <c>dotnet</c>, gated on its <c>/health/ready</c>.</summary>
public sealed class ProjectRunner(ProjectResource project, Uri endpoint, bool fixedPort, EnvironmentBuilder environment, AppHostOptions options, ResourceLogs logs)
    : IResourceRunner
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    // Lives as long as the AppHost process; health checks may still run while the project stops.
    private readonly HttpClient _http = new();
    private readonly LeftoverProcess _leftover = new(Path.Combine(options.DataDirectory, $"{project.Name}.pid"), project.AssemblyPath);
    private ChildProcess? _process;

    /// <inheritdoc />
    public string? Url => endpoint.ToString().TrimEnd('/');

    /// <inheritdoc />
    public int? ProcessId => _process is { Exited.IsCompleted: false } p ? p.Id : null;

    /// <inheritdoc />
    public Task<int>? Exited => _process?.Exited;

    private Uri ReadyUrl => new(endpoint, "/health/ready");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(project.AssemblyPath))
        {
            throw new ResourceStartException(
                $"{project.Name} is not built ({project.AssemblyPath} is missing): run 'dotnet build' in {RepositoryLayout.Root}, or eng/run.sh.");
        }
        await _leftover.StopAsync(cancellationToken);
        if (FreePort.IsTaken(endpoint.Port))
        {
            throw new ResourceStartException(fixedPort
                ? $"Port {endpoint.Port} for {project.Name} is already in use: stop what listens there or set AppHost__Ports__{project.Name}."
                : $"Port {endpoint.Port} for {project.Name} was taken while starting: run the AppHost again.");
        }
        _process = ChildProcess.Start(project.Name, DotnetHost(), [project.AssemblyPath], project.ProjectDirectory, environment.Build(project), logs);
        _leftover.Remember(_process.Id);
        await new HealthGate(_http).WaitAsync(project.Name, ReadyUrl, options.StartupTimeout, _process.Exited, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> CheckHealthAsync(CancellationToken cancellationToken) =>
        _process is { Exited.IsCompleted: true } ? Task.FromResult<string?>("the process has exited") : new HealthGate(_http).CheckAsync(ReadyUrl, cancellationToken);

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.StopAsync(StopGrace);
            _leftover.Forget();
        }
    }

    // The host that runs the AppHost runs the services too, so they share its runtime.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
