using System.Net;
using System.Text.Json;
using HealthAgent.AppHost.Orchestration;

namespace HealthAgent.AppHost.Runners;

/// <summary>Asks a service's <c>/health/ready</c> until it answers 200, the way Aspire's WaitFor gates on a health check.</summary>
public sealed class HealthGate(HttpClient http)
{
    /// <summary>Null when <paramref name="readyUrl"/> answers 200, otherwise what it answered.</summary>
    public async Task<string?> CheckAsync(Uri readyUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await http.GetAsync(readyUrl, timeout.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return null;
            }
            return $"/health/ready answered {(int)response.StatusCode}{Describe(await response.Content.ReadAsStringAsync(cancellationToken))}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "/health/ready did not answer within 3 s";
        }
    }

    /// <summary>Waits until healthy; fails early when the process exits, and after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(string resource, Uri readyUrl, TimeSpan timeout, Task<int> exited, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var problem = await CheckAsync(readyUrl, cancellationToken);
            if (problem is null)
            {
                return;
            }
            if (exited.IsCompleted)
            {
                throw new ResourceStartException($"{resource} exited during start-up with code {await exited}; see its output above.");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new ResourceStartException(
                    $"{resource} did not become healthy within {timeout.TotalSeconds:0} s (last: {problem}); see its output above, or raise AppHost__StartupTimeout.");
            }
            await Task.WhenAny(Task.Delay(250, cancellationToken), exited);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    // Names the dependencies that are down, so a 503 says why without opening the service's log.
    private static string Describe(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var down = json.RootElement.GetProperty("dependencies").EnumerateObject()
                .Where(d => d.Value.GetProperty("status").GetString() != "ok")
                .Select(d => $"{d.Name} {d.Value.GetProperty("status").GetString()}")
                .ToList();
            return down.Count == 0 ? "" : $" ({string.Join(", ", down)})";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "";
        }
    }
}
