using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using HealthAgent.Tests.Infrastructure.Servers;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism (from <c>eng/node</c>) as a validating proxy in front of a running Api: it forwards every request
/// and reports, in the <c>sl-violations</c> header of each answer, where the request or the response disagrees with
/// the OpenAPI document.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    private readonly LoggedProcess _process;

    private PrismProxy(LoggedProcess process, Uri address)
    {
        _process = process;
        BaseAddress = address;
    }

    /// <summary>Where to send requests.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What Prism printed, for a failure message.</summary>
    public string Log => _process.Log;

    /// <summary>Starts Prism on a free port with <paramref name="document"/> (a file) in front of <paramref name="upstream"/>.</summary>
    public static async Task<PrismProxy> StartAsync(string document, Uri upstream)
    {
        var port = FreePort.Next();
        var process = LoggedProcess.Start(new ProcessStartInfo(NodeTools.Command("prism"),
            ["proxy", document, upstream.ToString().TrimEnd('/'), "--port", port.ToString(), "--host", "127.0.0.1", "--errors", "false"])
        {
            WorkingDirectory = NodeTools.Folder,
        }, "prism did not start.");
        var prism = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return prism;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        var log = prism.Log;
        await prism.DisposeAsync();
        throw new InvalidOperationException($"prism did not listen on port {port} within 60 s:\n{log}");
    }

    /// <summary>The violations Prism found in an exchange, each as <c>location: message</c>.</summary>
    public static IReadOnlyList<Violation> Violations(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("sl-violations", out var values))
        {
            return [];
        }
        return [.. values.SelectMany(v => JsonNode.Parse(v)!.AsArray()).Select(v => new Violation(
            string.Join('.', v!["location"]!.AsArray().Select(l => l!.ToString())), v["severity"]?.ToString() ?? "", v["message"]?.ToString() ?? ""))];
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}

/// <summary>A disagreement with the document: where (<c>request.body</c>, <c>response.body.entry.id</c>), how bad, and what.</summary>
public sealed record Violation(string Location, string Severity, string Message)
{
    /// <summary>Whether the answer, not the request, disagrees with the document.</summary>
    public bool InResponse => Location.StartsWith("response", StringComparison.Ordinal);

    public override string ToString() => $"{Severity} {Location}: {Message}";
}
