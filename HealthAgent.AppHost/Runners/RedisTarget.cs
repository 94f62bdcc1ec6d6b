namespace HealthAgent.AppHost.Runners;

/// <summary>Where a Redis server is, read from a connection string in Aspire's <c>host:port[,password=…]</c> form.</summary>
public sealed record RedisTarget(string Host, int Port, string? Password, string Source)
{
    /// <summary>Reads <paramref name="connectionString"/>; <paramref name="source"/> names the setting for messages.</summary>
    public static RedisTarget Parse(string connectionString, string source)
    {
        var parts = connectionString.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var endpoint = parts.FirstOrDefault(p => !p.Contains('=')) ?? "127.0.0.1:6379";
        var colon = endpoint.LastIndexOf(':');
        var host = colon > 0 ? endpoint[..colon] : endpoint;
        var port = colon > 0 && int.TryParse(endpoint[(colon + 1)..], out var p) ? p : 6379;
        var password = parts.Where(p => p.StartsWith("password=", StringComparison.OrdinalIgnoreCase)).Select(p => p["password=".Length..]).FirstOrDefault();
        return new RedisTarget(host == "localhost" ? "127.0.0.1" : host, port, password, source);
    }
}
