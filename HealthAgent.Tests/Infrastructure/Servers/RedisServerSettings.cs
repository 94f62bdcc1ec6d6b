namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>How to run a private Redis server.</summary>
/// <param name="DataDirectory">Its working folder (append-only file when durable, config, nothing else).</param>
/// <param name="Port">The TCP port on 127.0.0.1.</param>
/// <param name="Password">The password clients must send; none when null.</param>
/// <param name="Durable">Keep an append-only file between runs (the AppHost); off for tests.</param>
/// <param name="Executable">The redis-server binary.</param>
public sealed record RedisServerSettings(string DataDirectory, int Port, string? Password = null, bool Durable = false, string Executable = "redis-server");
