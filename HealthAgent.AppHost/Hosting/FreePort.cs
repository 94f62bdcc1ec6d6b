using System.Net;
using System.Net.Sockets;

namespace HealthAgent.AppHost.Hosting;

/// <summary>Picks loopback ports for the servers that DCP does not proxy.</summary>
internal static class FreePort
{
    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
