using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.ErrorTracking;

/// <summary>
/// A local Sentry ingestion endpoint over real HTTP: the SDK posts envelopes to <c>/api/1/envelope/</c> (gzip-compressed
/// by default). Keeps each envelope's text and the event items in it.
/// </summary>
public sealed class FakeSentry : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _envelopes = new();

    private KestrelStub _server = null!;

    /// <summary>A DSN that points the SDK at this server (project 1).</summary>
    public string Dsn => $"http://publickey@{_server.BaseAddress.Authority}/1";

    /// <summary>Every envelope received, decompressed, as text.</summary>
    public IReadOnlyCollection<string> Envelopes => _envelopes;

    public static async Task<FakeSentry> StartAsync()
    {
        var fake = new FakeSentry();
        fake._server = await KestrelStub.StartAsync(app => app.MapPost("/api/{project}/envelope/", fake.ReceiveAsync));
        return fake;
    }

    /// <summary>The events received so far (the payloads of items of type <c>event</c>).</summary>
    public IReadOnlyList<JsonElement> Events()
    {
        var events = new List<JsonElement>();
        foreach (var envelope in _envelopes)
        {
            // Header line, then per item: its header line and its payload line.
            var lines = envelope.Split('\n');
            for (var i = 1; i + 1 < lines.Length; i++)
            {
                if (lines[i].StartsWith('{') && JsonDocument.Parse(lines[i]).RootElement.TryGetProperty("type", out var type) && type.GetString() == "event")
                {
                    events.Add(JsonDocument.Parse(lines[i + 1]).RootElement.Clone());
                    i++;
                }
            }
        }
        return events;
    }

    /// <summary>Waits (bounded) for an event that <paramref name="match"/> accepts; the SDK sends from a background queue.</summary>
    public async Task<JsonElement?> WaitForEventAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Events().FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        return null;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        Stream? decompressor = request.Headers.ContentEncoding.ToString() switch
        {
            "gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => null,
        };
        await using (decompressor)
        {
            await (decompressor ?? request.Body).CopyToAsync(body);
        }
        _envelopes.Enqueue(Encoding.UTF8.GetString(body.ToArray()));
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
