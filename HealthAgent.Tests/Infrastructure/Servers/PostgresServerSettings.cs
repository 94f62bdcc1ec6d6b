namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>How to run a private PostgreSQL server.</summary>
/// <param name="DataDirectory">The cluster folder; created by initdb on first start and kept afterwards.</param>
/// <param name="Port">The TCP port on 127.0.0.1.</param>
/// <param name="Password">The superuser's password (user <c>postgres</c>).</param>
/// <param name="Durable">False for throwaway test clusters: fsync and synchronous commit off.</param>
/// <param name="BinDirectory">Where initdb and pg_ctl are; found under /usr/lib/postgresql when null.</param>
public sealed record PostgresServerSettings(string DataDirectory, int Port, string Password, bool Durable = true, string? BinDirectory = null)
{
    /// <summary>The superuser the cluster is created with.</summary>
    public const string Username = "postgres";
}
