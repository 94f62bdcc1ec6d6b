using System.Net.Sockets;
using System.Text;

namespace HealthAgent.Tests.Infrastructure.Servers;

/// <summary>A minimal RESP exchange (AUTH, PING) over TCP, so the AppHost can check any Redis without a client library.</summary>
public static class RespPing
{
    /// <summary>Returns null when the server answered PONG, otherwise what went wrong.</summary>
    public static async Task<string?> TryAsync(string host, int port, string? password, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeoutSource.Token);
            await using var stream = client.GetStream();
            var request = (password is null ? "" : Command("AUTH", password)) + Command("PING");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request), timeoutSource.Token);
            var reply = new StringBuilder();
            var buffer = new byte[256];
            while (!reply.ToString().Contains("PONG") && !reply.ToString().Contains("-"))
            {
                var read = await stream.ReadAsync(buffer, timeoutSource.Token);
                if (read == 0)
                {
                    break;
                }
                reply.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            var text = reply.ToString();
            return text.Contains("+PONG") && !text.Contains("-") ? null : $"Redis answered '{text.Trim()}'";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalMilliseconds:0} ms";
        }
        catch (SocketException ex)
        {
            return ex.Message;
        }
    }

    private static string Command(params string[] parts) =>
        $"*{parts.Length}\r\n" + string.Concat(parts.Select(p => $"${Encoding.UTF8.GetByteCount(p)}\r\n{p}\r\n"));
}
