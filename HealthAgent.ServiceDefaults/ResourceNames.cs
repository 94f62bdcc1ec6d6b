namespace HealthAgent.ServiceDefaults;

/// <summary>
/// The names of HealthAgent's resources, shared by the AppHost, the services and the tests.
/// They double as connection-string names (<c>ConnectionStrings__healthdb</c>) and service-discovery names (<c>services__api__http__0</c>).
/// </summary>
public static class ResourceNames
{
    /// <summary>The PostgreSQL server.</summary>
    public const string Postgres = "postgres";

    /// <summary>The HealthAgent database on the PostgreSQL server; also the connection-string name.</summary>
    public const string HealthDb = "healthdb";

    /// <summary>The Redis server; also the connection-string name.</summary>
    public const string Redis = "redis";

    /// <summary>The REST API and agent service.</summary>
    public const string Api = "api";

    /// <summary>The Telegram channel service.</summary>
    public const string Bot = "bot";

    /// <summary>The scheduled-work service.</summary>
    public const string Worker = "worker";
}
