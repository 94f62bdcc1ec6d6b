using HealthAgent.AppHost.Orchestration;
using HealthAgent.AppHost.Resources;
using HealthAgent.AppHost.Servers;
using Microsoft.Extensions.Configuration;

namespace HealthAgent.AppHost.Runners;

/// <summary>
/// Redis: a private, durable server under the data folder (password generated once and kept in redis.password),
/// or the existing server named by the AppHost's <c>ConnectionStrings:redis</c>. Healthy when it answers PING.
/// </summary>
public sealed class RedisRunner : IResourceRunner
{
    private readonly RedisResource _resource;
    private readonly ResourceLogs _logs;
    private readonly RedisServerProcess? _server;
    private readonly RedisTarget _target;

    /// <summary>Prepares the server: picks its port and password and publishes its connection string.</summary>
    public RedisRunner(RedisResource resource, AppHostOptions options, IConfiguration configuration, ResourceAddresses addresses, ResourceLogs logs)
    {
        _resource = resource;
        _logs = logs;
        if (configuration.GetConnectionStringOrNull(resource.ConnectionStringName) is { } external)
        {
            _target = RedisTarget.Parse(external, $"ConnectionStrings__{resource.ConnectionStringName}");
            addresses.ConnectionStrings[resource.ConnectionStringName] = external;
            Url = $"redis://{_target.Host}:{_target.Port} (existing)";
            return;
        }
        var password = SecretFile.ReadOrCreate(Path.Combine(options.DataDirectory, "redis.password"));
        var port = options.Ports.TryGetValue(resource.Name, out var fixedPort) ? fixedPort : FreePort.Next();
        _server = new RedisServerProcess(new RedisServerSettings(Path.Combine(options.DataDirectory, "redis"), port, password, Durable: true),
            line => logs.Write(resource.Name, line));
        _target = new RedisTarget("127.0.0.1", port, password, "the AppHost's own server");
        addresses.ConnectionStrings[resource.ConnectionStringName] = _server.ConnectionString;
        Url = $"redis://127.0.0.1:{port}";
    }

    /// <inheritdoc />
    public string? Url { get; }

    /// <inheritdoc />
    public int? ProcessId => _server?.ProcessId;

    /// <inheritdoc />
    public Task<int>? Exited => null;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StartAsync(cancellationToken);
            return;
        }
        _logs.Write(_resource.Name, $"Using the existing server from {_target.Source}.");
        if (await CheckHealthAsync(cancellationToken) is { } problem)
        {
            throw new ResourceStartException(problem);
        }
    }

    /// <inheritdoc />
    public async Task<string?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var problem = await RespPing.TryAsync(_target.Host, _target.Port, _target.Password, TimeSpan.FromSeconds(2), cancellationToken);
        return problem switch
        {
            null => null,
            _ when problem.Contains("WRONGPASS") || problem.Contains("NOAUTH") || problem.Contains("invalid password") || problem.Contains("AUTH") =>
                $"Redis at {_target.Host}:{_target.Port} rejected the password in {_target.Source}: correct it, or remove that setting so that the AppHost starts its own Redis.",
            _ => $"Redis at {_target.Host}:{_target.Port} is not reachable ({problem}): start it, or correct {_target.Source}.",
        };
    }

    /// <inheritdoc />
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
        }
    }
}
